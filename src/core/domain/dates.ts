import { DateTime } from 'luxon';
import type { Period } from '#shared/primitives.ts';

// Calendar dates are `YYYY-MM-DD` strings read in the carrier's zone; arithmetic on them is calendar
// arithmetic (31 Jan + 1 month = 28/29 Feb), done on a zone-free date so DST cannot shift a day.

function calendar(isoDate: string): DateTime {
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' });
  if (!date.isValid) throw new Error(`Not a calendar date: ${isoDate}`);
  return date;
}

function toIsoDate(date: DateTime): string {
  return date.toISODate() ?? '';
}

export function addPeriod(isoDate: string, period: Period): string {
  return toIsoDate(calendar(isoDate).plus({ [period.unit]: period.count }));
}

export function addDays(isoDate: string, days: number): string {
  return toIsoDate(calendar(isoDate).plus({ days }));
}

export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(calendar(to).diff(calendar(from), 'days').days);
}

/** The calendar date it is now in `zone`. */
export function todayIn(zone: string, now: Date): string {
  return toIsoDate(DateTime.fromJSDate(now, { zone }));
}

/** The instant a day begins in `zone`; where DST skips midnight, the first moment that exists. */
export function startOfDayIn(isoDate: string, zone: string): Date {
  return DateTime.fromISO(isoDate, { zone }).startOf('day').toJSDate();
}

/** The instant a day ends in `zone`: the start of the next day there. A deadline passes at this instant. */
export function endOfDayIn(isoDate: string, zone: string): Date {
  return startOfDayIn(addDays(isoDate, 1), zone);
}
