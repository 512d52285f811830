import type { Locale } from '#shared/locale.ts';
import type { ReminderView } from '#shared/reminders.ts';
import type Database from 'better-sqlite3';
import { getNumberRow } from '../db/numbers-repo.ts';
import type { NumberRow } from '../db/number-rows.ts';
import type { ReminderRow } from './reminders-repo.ts';
import { numberTitle, reminderBody } from './texts.ts';

export function reminderView(reminder: ReminderRow, row: NumberRow, locale: Locale): ReminderView {
  return {
    id: reminder.id,
    numberId: reminder.number_id,
    title: numberTitle(row),
    body: reminderBody(reminder, row, locale),
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

function numbersOf(db: Database.Database, reminders: ReminderRow[]): Map<number, NumberRow> {
  const ids = [...new Set(reminders.map((reminder) => reminder.number_id))];
  if (ids.length === 1) {
    const row = getNumberRow(db, ids[0]!);
    return new Map(row ? [[row.id, row]] : []);
  }
  const rows = db.prepare('SELECT * FROM numbers WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as NumberRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Views of reminders of several numbers, reading the numbers in one query. */
export function reminderViews(db: Database.Database, reminders: ReminderRow[], locale: Locale): ReminderView[] {
  if (reminders.length === 0) return [];
  const numbers = numbersOf(db, reminders);
  const views: ReminderView[] = [];
  for (const reminder of reminders) {
    const row = numbers.get(reminder.number_id);
    if (row) views.push(reminderView(reminder, row, locale));
  }
  return views;
}
