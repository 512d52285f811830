import { DateTime } from 'luxon';
import type { Period } from '#shared/primitives.ts';
import { firstInstantAtOrAfter, offsetAt } from './zone-offsets.ts';

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

const periodCache = new Map<string, string>();

export function addPeriod(isoDate: string, period: Period): string {
  const key = `${isoDate}|${period.count}|${period.unit}`;
  let result = periodCache.get(key);
  if (result === undefined) {
    result = toIsoDate(calendar(isoDate).plus({ [period.unit]: period.count }));
    if (periodCache.size > 50_000) periodCache.clear();
    periodCache.set(key, result);
  }
  return result;
}

const dayShiftCache = new Map<string, string>();

/** Plain arithmetic, days being 86,400,000 ms apart in UTC; remembered, as plans ask the same few shifts per row. */
export function addDays(isoDate: string, days: number): string {
  const key = `${isoDate}|${days}`;
  let result = dayShiftCache.get(key);
  if (result === undefined) {
    const day = dayMs(isoDate);
    if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== isoDate) throw new Error(`Not a calendar date: ${isoDate}`);
    result = new Date(day + days * 86_400_000).toISOString().slice(0, 10);
    if (dayShiftCache.size > 50_000) dayShiftCache.clear();
    dayShiftCache.set(key, result);
  }
  return result;
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
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}

/** Milliseconds of a calendar date's UTC midnight: plain arithmetic, for hot paths such as long lists. */
export function dayMs(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

// A list asks this for every row at the same instant: each zone's date is kept per instant asked.
const todays = new Map<number, Map<string, string>>();

/** The calendar date it is now in `zone`. */
export function todayIn(zone: string, now: Date): string {
  const at = now.getTime();
  let byZone = todays.get(at);
  if (byZone === undefined) {
    if (todays.size >= 2_000) todays.clear();
    byZone = new Map();
    todays.set(at, byZone);
  }
  let today = byZone.get(zone);
  if (today === undefined) {
    today = new Date(at + offsetAt(zone, at)).toISOString().slice(0, 10);
    byZone.set(zone, today);
  }
  return today;
}

/** The instant a day begins in `zone`; where DST skips midnight, the first moment that exists. */
const dayStartCache = new Map<string, number>();

export function startOfDayIn(isoDate: string, zone: string): Date {
  // Zone arithmetic is the costliest step of a status; the same (day, zone) pairs recur across rows.
  const key = `${zone}|${isoDate}`;
  let start = dayStartCache.get(key);
  if (start === undefined) {
    // Where DST skips midnight (Santiago) the day begins at the first moment it has; where clocks go back
    // over midnight (Havana, the Azores) midnight comes twice, and the day began at the first.
    start = firstInstantAtOrAfter(zone, dayMs(isoDate));
    if (dayStartCache.size > 50_000) dayStartCache.clear();
    dayStartCache.set(key, start);
  }
  return new Date(start);
}

/** The instant a day ends in `zone`: the start of the next day there. A deadline passes at this instant. */
export function endOfDayIn(isoDate: string, zone: string): Date {
  return startOfDayIn(addDays(isoDate, 1), zone);
}
