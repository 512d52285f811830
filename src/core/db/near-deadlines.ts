// The numbers near a deadline, kept in memory per open database: the start page and the tray count days
// left from them. A change log kept by triggers (migration 8) says which numbers changed since, whichever
// connection wrote them, and only those are read again.
import type Database from 'better-sqlite3';
import { DASHBOARD_HORIZON_DAYS } from '#shared/dashboard.ts';
import { dayMs, todayIn } from '../domain/dates.ts';
import { DAY_MS, horizonAfter, type StatusClock } from './number-list-query.ts';

type Db = Database.Database;

/** A number near its deadline, as the timeline counts it. */
interface NearDeadline {
  id: number;
  zone: string;
  /** The deadline day, as milliseconds of its UTC midnight. */
  dayMs: number;
  endsAt: string;
}

/** The numbers whose deadline passes between `from` and `to`, in deadline order, as of change `seq`. */
interface NearDeadlines {
  seq: number;
  from: string;
  to: string;
  rows: NearDeadline[];
}

const nearDeadlines = new WeakMap<Db, NearDeadlines>();

/** More changed numbers than this since the last read: reading them all again is as quick. */
const MAX_PATCHED = 500;

// The deadline day comes as the milliseconds of its UTC midnight, parsed by SQLite: thousands of rows per read.
const NEAR_COLUMNS = 'id, archived, time_zone, unixepoch(deadline_on) * 1000, deadline_ends_at';

type NearColumns = [id: number, archived: 0 | 1, zone: string, dayMs: number | null, endsAt: string | null];

function nearDeadline([id, archived, zone, day, endsAt]: NearColumns): NearDeadline | null {
  return archived === 0 && day !== null && endsAt !== null ? { id, zone, dayMs: day, endsAt } : null;
}

const inDeadlineOrder = (a: NearDeadline, b: NearDeadline) => (a.endsAt < b.endsAt ? -1 : a.endsAt > b.endsAt ? 1 : a.id - b.id);

function readNear(db: Db, seq: number, from: string, to: string): NearDeadlines {
  const rows = (
    db
      .prepare(`SELECT ${NEAR_COLUMNS} FROM numbers WHERE archived = 0 AND deadline_ends_at > ? AND deadline_ends_at <= ? ORDER BY deadline_ends_at, id`)
      .raw()
      .all(from, to) as NearColumns[]
  ).map((row) => nearDeadline(row)!);
  return { seq, from, to, rows };
}

/** The kept rows with the numbers changed since re-read: those still near a deadline go back in order. */
function patched(db: Db, kept: NearDeadlines, seq: number, changed: number[]): NearDeadlines {
  const ids = new Set(changed);
  const rows = kept.rows.filter((row) => !ids.has(row.id));
  const fresh = db.prepare(`SELECT ${NEAR_COLUMNS} FROM numbers WHERE id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(changed)) as NearColumns[];
  for (const row of fresh) {
    const near = nearDeadline(row);
    if (near === null || near.endsAt <= kept.from || near.endsAt > kept.to) continue;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (inDeadlineOrder(rows[middle]!, near) < 0) low = middle + 1;
      else high = middle;
    }
    rows.splice(low, 0, near);
  }
  return { ...kept, seq, rows };
}

/**
 * The numbers (not archived) whose deadline passes after `from` and by `horizon`, kept in memory: a read a
 * day further ahead serves the start page for a day, and when numbers change (the change log, migration 8,
 * says which, whichever connection wrote them) only those are read again.
 */
function nearDeadlinesFor(db: Db, from: string, horizon: string): NearDeadline[] {
  const log = db.prepare('SELECT coalesce(max(seq), 0) AS latest, coalesce(min(seq), 0) AS oldest FROM numbers_changes').get() as { latest: number; oldest: number };
  let kept = nearDeadlines.get(db);
  const covers = kept !== undefined && kept.from <= from && horizon <= kept.to;
  if (kept === undefined || !covers) {
    // At least the start page's horizon: the tray asks only for today, but first, at start, and the start
    // page then finds its rows already read.
    const farthest = Math.max(Date.parse(horizon), Date.parse(horizonAfter(new Date(from), DASHBOARD_HORIZON_DAYS)));
    kept = readNear(db, log.latest, from, new Date(farthest + DAY_MS).toISOString());
  } else if (kept.seq !== log.latest) {
    // The log still holds every change after the one read last (it keeps the last thousand or more).
    const changed = log.oldest <= kept.seq + 1 ? (db.prepare('SELECT DISTINCT number_id FROM numbers_changes WHERE seq > ?').pluck().all(kept.seq) as number[]) : null;
    kept = changed !== null && changed.length <= MAX_PATCHED ? patched(db, kept, log.latest, changed) : readNear(db, log.latest, kept.from, kept.to);
  }
  nearDeadlines.set(db, kept);
  return kept.rows;
}

/**
 * The numbers (not archived) whose deadline has not passed and is at most `days` calendar days away in their
 * zone, soonest first, each with its days left (counted with one "today" per zone).
 */
export function dueAhead(db: Db, at: StatusClock, days: number): { id: number; daysLeft: number }[] {
  const now = at.now.toISOString();
  const horizon = horizonAfter(at.now, days);
  const todays = new Map<string, number>();
  const ahead: { id: number; daysLeft: number }[] = [];
  for (const row of nearDeadlinesFor(db, now, horizon)) {
    if (row.endsAt <= now) continue;
    if (row.endsAt > horizon) break;
    let today = todays.get(row.zone);
    if (today === undefined) {
      today = dayMs(todayIn(row.zone, at.now));
      todays.set(row.zone, today);
    }
    const daysLeft = Math.round((row.dayMs - today) / DAY_MS);
    if (daysLeft <= days) ahead.push({ id: row.id, daysLeft });
  }
  return ahead;
}
