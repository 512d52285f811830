import type Database from 'better-sqlite3';
import type { Locale } from '#shared/locale.ts';
import type { Clock, Logger } from './ports.ts';

export interface CoreConfig {
  /** Days before a deadline that reminders are planned; the largest also marks "due soon". */
  leadTimesDays: number[];
  version: string;
  databasePath: string;
}

export const DEFAULT_LEAD_TIMES_DAYS = [30, 7, 1, 0];

/** What every handler gets: the database, the clock, the config and the caller's language. */
export interface HandlerContext {
  db: Database.Database;
  clock: Clock;
  logger: Logger;
  config: CoreConfig;
  locale: Locale;
}
