import type Database from 'better-sqlite3';
import { v1InitialSchema } from './001-initial-schema.ts';
import { v2SearchAndRevision } from './002-search-and-revision.ts';
import { v3Reminders } from './003-reminders.ts';
import { v4Carriers } from './004-carriers.ts';
import { v5Secrets } from './005-secrets.ts';
import { v6SpendingAndReminderIndexes } from './006-spending-and-reminder-indexes.ts';
import { v7DeadlineIndexCoversStatus } from './007-deadline-index-covers-status.ts';
import { v8NumbersChangeLog } from './008-numbers-change-log.ts';
import { v9OverduePlannedDaily } from './009-overdue-planned-daily.ts';
import { v10OpenRemindersIndex } from './010-open-reminders-index.ts';
import { v11StartPageInSql } from './011-start-page-in-sql.ts';
import { v12EventsByKind } from './012-events-by-kind.ts';
import { v13ReminderClaims } from './013-reminder-claims.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Ordered, small integer versions; never edit a released one, add the next. */
export const MIGRATIONS: readonly Migration[] = [
  v1InitialSchema, v2SearchAndRevision, v3Reminders, v4Carriers, v5Secrets, v6SpendingAndReminderIndexes, v7DeadlineIndexCoversStatus, v8NumbersChangeLog, v9OverduePlannedDaily, v10OpenRemindersIndex,
  v11StartPageInSql, v12EventsByKind, v13ReminderClaims,
];

export const LATEST_VERSION = MIGRATIONS.length;
