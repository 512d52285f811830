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

/** Views of reminders of several numbers, reading each number once. */
export function reminderViews(db: Database.Database, reminders: ReminderRow[], locale: Locale): ReminderView[] {
  const numbers = new Map<number, NumberRow | undefined>();
  const views: ReminderView[] = [];
  for (const reminder of reminders) {
    if (!numbers.has(reminder.number_id)) numbers.set(reminder.number_id, getNumberRow(db, reminder.number_id));
    const row = numbers.get(reminder.number_id);
    if (row) views.push(reminderView(reminder, row, locale));
  }
  return views;
}
