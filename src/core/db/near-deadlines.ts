// The numbers near a deadline, with their days left counted in each carrier's calendar: what the start page's
// timeline and the tray count. SQLite does the counting, so a first load reads one integer per number.
import type Database from 'better-sqlite3';
import { dayMs, endOfDayIn, todayIn } from '../domain/dates.ts';
import { horizonAfter, type StatusClock } from './number-list-query.ts';

type Db = Database.Database;

const NEAR = 'FROM numbers WHERE archived = 0 AND deadline_ends_at > @now AND deadline_ends_at <= @horizon';

/**
 * Days left: the deadline day minus today in the number's zone, which is UTC's today, or the day after or
 * before it in the zones named in @ahead or @behind (a zone's today is within a day of UTC's).
 */
const DAYS_LEFT = `(unixepoch(deadline_on) - @utcToday) / 86400 - CASE
  WHEN time_zone IN (SELECT value FROM json_each(@ahead)) THEN 1
  WHEN time_zone IN (SELECT value FROM json_each(@behind)) THEN -1
  ELSE 0 END`;

/**
 * Each row comes as one integer, `id * DAYS_LEFT_SPAN + daysLeft + 1`: reading one value per row is the
 * cheapest read there is. Days left run from 0 (the deadline has not passed) to the horizon's, a few past
 * `days`; -1 only for a deadline materialized under other tz data than the runtime's, and left out.
 */
const DAYS_LEFT_SPAN = 1024;

/** The packed days left of the numbers near a deadline, in deadline order (the bench reads it raw too). */
export const NEAR_DAYS_LEFT = `SELECT id * ${DAYS_LEFT_SPAN} + 1 + ${DAYS_LEFT} ${NEAR} ORDER BY deadline_ends_at, id`;

/**
 * Every zone in use, one index seek each (numbers_by_zone, migration 11): a few dozen seeks, where reading
 * the zone of each number near a deadline would be thousands of rows.
 */
export const ZONES_IN_USE = `WITH RECURSIVE zones (zone) AS (
  SELECT min(time_zone) FROM numbers
  UNION ALL SELECT (SELECT min(time_zone) FROM numbers WHERE time_zone > zones.zone) FROM zones WHERE zones.zone IS NOT NULL
) SELECT zone FROM zones WHERE zone IS NOT NULL`;

/**
 * The zones in use whose day differs from UTC's at `now` (ahead of it, or behind it), and when the next day
 * begins in any of them or in UTC: until then, no number's days left change.
 */
function zoneDays(db: Db, now: Date, utcToday: number): { ahead: string[]; behind: string[]; nextDayAt: number } {
  const ahead: string[] = [];
  const behind: string[] = [];
  let nextDayAt = utcToday + 86_400_000;
  for (const zone of db.prepare(ZONES_IN_USE).pluck().all() as string[]) {
    const todayThere = todayIn(zone, now);
    const today = dayMs(todayThere);
    if (today > utcToday) ahead.push(zone);
    else if (today < utcToday) behind.push(zone);
    nextDayAt = Math.min(nextDayAt, endOfDayIn(todayThere, zone).getTime());
  }
  return { ahead, behind, nextDayAt };
}

export interface NearDeadlines {
  /** Soonest deadline first. */
  near: { id: number; daysLeft: number }[];
  /** When a new day begins in a zone in use (or in UTC): the days left hold until then. */
  dayChangesAt: number;
}

/**
 * The numbers (not archived) whose deadline has not passed and is at most `days` calendar days away in their
 * zone, soonest deadline first, each with its days left.
 */
export function dueAhead(db: Db, at: StatusClock, days: number): NearDeadlines {
  if (!Number.isInteger(days) || days < 0 || days > DAYS_LEFT_SPAN - 4) throw new RangeError(`days ahead out of range: ${days}`);
  const params = { now: at.now.toISOString(), horizon: horizonAfter(at.now, days) };
  const utcToday = dayMs(params.now.slice(0, 10));
  const { ahead, behind, nextDayAt } = zoneDays(db, at.now, utcToday);
  // Days left are filtered here, not in SQL: SQLite would work each row's out twice.
  const packed = db
    .prepare(NEAR_DAYS_LEFT)
    .pluck()
    .all({ ...params, utcToday: utcToday / 1000, ahead: JSON.stringify(ahead), behind: JSON.stringify(behind) }) as number[];
  const near: { id: number; daysLeft: number }[] = [];
  for (const value of packed) {
    const daysLeft = (value % DAYS_LEFT_SPAN) - 1;
    if (daysLeft >= 0 && daysLeft <= days) near.push({ id: Math.floor(value / DAYS_LEFT_SPAN), daysLeft });
  }
  return { near, dayChangesAt: nextDayAt };
}
