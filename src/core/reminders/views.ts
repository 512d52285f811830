import type { Locale } from '#shared/locale.ts';
import type { ReminderView } from '#shared/reminders.ts';
import type Database from 'better-sqlite3';
import type { ReminderViewRow } from './reminders-repo.ts';
import { NOTICE_COLUMNS, numberTitle, reminderBody, type NoticeNumber } from './texts.ts';

/**
 * When a reminder's sentence is worded as of. One still open (pending, snoozed, or shown and waiting for the
 * user) as of now: it never says more days than are left. One closed after it was shown (dismissed, done,
 * retired) as of when it was shown, so the inbox keeps the record of what was sent.
 */
function wordedAsOf(reminder: Pick<ReminderViewRow, 'state' | 'shown_at'>, now: Date): Date {
  const open = reminder.state === 'pending' || reminder.state === 'snoozed' || reminder.state === 'shown';
  return open || reminder.shown_at === null ? now : new Date(reminder.shown_at);
}

/** A reminder as the UI shows it; `now` words those still open (see `wordedAsOf`). */
export function reminderView(reminder: ReminderViewRow, row: NoticeNumber, locale: Locale, now: Date): ReminderView {
  return {
    id: reminder.id,
    numberId: reminder.number_id,
    title: numberTitle(row),
    body: reminderBody(reminder, row, locale, wordedAsOf(reminder, now)),
    kind: reminder.kind,
    offsetDays: reminder.offset_days,
    deadlineOn: reminder.deadline_on,
    deadlineEndsAt: reminder.deadline_ends_at,
    fireAt: reminder.fire_at,
    dueAt: reminder.due_at,
    state: reminder.state,
    shownAt: reminder.shown_at,
    snoozedUntil: reminder.snoozed_until,
  };
}

const NUMBERS_BY_ID = `SELECT ${NOTICE_COLUMNS.join(', ')} FROM numbers WHERE id IN (SELECT value FROM json_each(?))`;

/** The numbers of these reminders, only the columns their sentences use, in one query. */
function numbersOf(db: Database.Database, reminders: readonly ReminderViewRow[]): Map<number, NoticeNumber> {
  const ids = [...new Set(reminders.map((reminder) => reminder.number_id))];
  const rows = db.prepare(NUMBERS_BY_ID).all(JSON.stringify(ids)) as NoticeNumber[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Views of reminders of several numbers (those still open worded as of `now`), reading the numbers in one query. */
export function reminderViews(db: Database.Database, reminders: readonly ReminderViewRow[], locale: Locale, now: Date): ReminderView[] {
  if (reminders.length === 0) return [];
  const numbers = numbersOf(db, reminders);
  const views: ReminderView[] = [];
  for (const reminder of reminders) {
    const row = numbers.get(reminder.number_id);
    if (row) views.push(reminderView(reminder, row, locale, now));
  }
  return views;
}
