import type { ReminderKind } from '#shared/reminders.ts';
import { addDays, daysBetween, startOfDayIn, todayIn } from '../domain/dates.ts';
import { lapseTimeline } from '../domain/lapse.ts';
import { readPhases, type NumberRow } from '../db/number-rows.ts';

/** How many days before the charge an auto-renew number's card is checked. */
export const CARD_CHECK_DAYS = 7;
/** Overdue reminders stop after this many days of grace (a grace of years would plan thousands). */
export const MAX_OVERDUE_DAYS = 366;

/** One reminder a number's deadline calls for. `offsetDays` is signed: the day it fires minus the deadline day. */
export interface PlannedReminder {
  kind: ReminderKind;
  offsetDays: number;
  deadlineOn: string;
  deadlineEndsAt: string;
  fireAt: Date;
}

/**
 * The rule for when a reminder fires: at the START of its calendar day in the carrier's zone (the first
 * moment that exists where DST skips midnight). "7 days before a deadline of 10 March" fires when 3 March
 * begins where the carrier is, so it lands on the intended local day whatever the offset is that day.
 */
export function fireInstant(deadlineOn: string, offsetDays: number, zone: string): Date {
  return startOfDayIn(addDays(deadlineOn, offsetDays), zone);
}

function lastDayOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${yearMonth}-${String(last).padStart(2, '0')}`;
}

/**
 * The daily overdue reminders of grace whose day has not begun yet. They are not written ahead: a month of
 * grace would be thirty rows for every number, each written again by every renewal, though none can fire
 * before its day. The scan plans each when its day begins (`firstFireAt`), and a number's page shows them
 * as one line.
 */
export interface LaterOverdue {
  deadlineEndsAt: string;
  /** Day offsets after the deadline, first and last (inclusive). */
  fromOffset: number;
  toOffset: number;
  firstFireAt: Date;
}

export interface Plan {
  /** Every reminder to be in the database now. */
  reminders: PlannedReminder[];
  later: LaterOverdue | null;
}

/**
 * Every reminder an active number's current deadline calls for as of `now` (none for archived numbers or no
 * deadline): all but the overdue ones of days still to begin, which `later` describes.
 */
export function planFor(row: NumberRow, leadTimesDays: readonly number[], now: Date): Plan {
  if (row.archived === 1 || row.deadline_on === null || row.deadline_ends_at === null) return { reminders: [], later: null };
  const deadlineOn = row.deadline_on;
  const deadlineEndsAt = row.deadline_ends_at;
  const zone = row.time_zone;
  const at = (kind: ReminderKind, offsetDays: number): PlannedReminder => ({
    kind,
    offsetDays,
    deadlineOn,
    deadlineEndsAt,
    fireAt: fireInstant(deadlineOn, offsetDays, zone),
  });

  const planned = [...new Set(leadTimesDays)].map((days) => at('lead', -days));
  let later: LaterOverdue | null = null;

  const phases = readPhases(row);
  if (phases.length > 0) {
    // Grace is the days after the deadline until the number is lost at the end of its last day.
    const { numberLostAt } = lapseTimeline(deadlineOn, zone, phases);
    const lastDay = todayIn(zone, new Date(numberLostAt.getTime() - 1));
    const graceDays = daysBetween(deadlineOn, lastDay);
    const lastOverdue = Math.min(graceDays - 1, MAX_OVERDUE_DAYS);
    // A day's reminder fires as the day begins: those of days begun already are planned now.
    const begun = Math.min(lastOverdue, daysBetween(deadlineOn, todayIn(zone, now)));
    for (let day = 1; day <= begun; day += 1) planned.push(at('overdue', day));
    const firstLater = Math.max(1, begun + 1);
    if (firstLater <= lastOverdue) {
      later = { deadlineEndsAt, fromOffset: firstLater, toOffset: lastOverdue, firstFireAt: fireInstant(deadlineOn, firstLater, zone) };
    }
    // On the last day of grace the warning is "lost tomorrow", instead of that day's overdue reminder.
    if (graceDays >= 1) planned.push(at('lapse_tomorrow', graceDays));
  }

  // A card that expires before the charge date will make the auto-renewal fail.
  if (row.auto_renew === 1 && row.payment_card_expiry !== null && lastDayOfMonth(row.payment_card_expiry) < deadlineOn) {
    planned.push(at('card_expiring', -CARD_CHECK_DAYS));
  }
  return { reminders: planned, later };
}

/** Whether a stored reminder is one of the overdue days `later` stands for: planned, so not to be closed. */
export function isLater(later: LaterOverdue | null, stored: { kind: string; deadline_ends_at: string; offset_days: number }): boolean {
  return (
    later !== null &&
    stored.kind === 'overdue' &&
    stored.deadline_ends_at === later.deadlineEndsAt &&
    stored.offset_days >= later.fromOffset &&
    stored.offset_days <= later.toOffset
  );
}

export function reminderKey(reminder: { deadlineEndsAt: string; kind: string; offsetDays: number }): string {
  return `${reminder.deadlineEndsAt}|${reminder.kind}|${reminder.offsetDays}`;
}

/**
 * Whether a reminder that is not yet in the database (or was closed by re-planning) should be live now.
 * Planned later than its time (a number entered 3 days before its deadline, lead times changed), only
 * the latest reminder already due still fires: "30 days before" is not news 3 days before. A reminder of
 * this deadline the user was already told (`toldUntil`: the latest moment of one shown, dismissed or
 * snoozed) counts as one that fired: after "7 days before", new lead times bring back no "14 days before".
 * Nothing is planned once the number is lost.
 */
export function liveWhenPlanned(reminder: PlannedReminder, all: readonly PlannedReminder[], now: Date, lostAt: Date, toldUntil: Date | null = null): boolean {
  if (now >= lostAt) return false;
  if (reminder.fireAt > now) return true;
  if (reminder.kind === 'card_expiring') return now < new Date(reminder.deadlineEndsAt);
  if (toldUntil !== null && reminder.fireAt <= toldUntil) return false;
  const latestDue = Math.max(
    ...all.filter((other) => other.kind !== 'card_expiring' && other.fireAt <= now).map((other) => other.fireAt.getTime()),
  );
  return reminder.fireAt.getTime() >= latestDue;
}
