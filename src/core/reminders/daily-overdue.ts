import type { Locale } from '#shared/locale.ts';
import type { DailyOverdue } from '#shared/reminders.ts';
import { addDays } from '../domain/dates.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { planFor } from './plan.ts';
import { reminderBody } from './texts.ts';

/** A number's daily overdue reminders not planned yet (their days have not begun), as one entry. */
export function dailyOverdue(row: NumberRow, leadTimesDays: readonly number[], locale: Locale, now: Date): DailyOverdue | null {
  const { later } = planFor(row, leadTimesDays, now);
  if (later === null || row.deadline_on === null) return null;
  const firstFireAt = later.firstFireAt.toISOString();
  const first = { kind: 'overdue' as const, offset_days: later.fromOffset, deadline_on: row.deadline_on, fire_at: firstFireAt };
  return {
    firstOn: addDays(row.deadline_on, later.fromOffset),
    lastOn: addDays(row.deadline_on, later.toOffset),
    count: later.toOffset - later.fromOffset + 1,
    firstFireAt,
    body: reminderBody(first, row, locale, now),
  };
}
