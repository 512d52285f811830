// What the start page shows, read from the materialized deadline columns with the clock, and until when it
// holds while nothing is written.
import { DASHBOARD_HORIZON_DAYS, DASHBOARD_MARKS_PER_DAY, DASHBOARD_URGENT_COUNT, type DashboardSummary, type TimelineMark } from '#shared/dashboard.ts';
import type Database from 'better-sqlite3';
import { countMatching, rowsByIds, whereMatching, type StatusClock } from '../db/number-list-query.ts';
import { dueAhead } from '../db/near-deadlines.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { formatInternational } from '../domain/phone.ts';
import { numberSummary, SUMMARY_COLUMNS, type SummaryRow } from './views.ts';

export type StartPage = Omit<DashboardSummary, 'now'>;

interface Lapsed {
  past: number;
  lost: number;
  /** The next instant a number in grace is lost, and the next deadline to pass: each moves a count. */
  nextLoss: string | null;
  nextDeadline: string | null;
}

/** Past the deadline: lost (past every lapse phase) or in grace, in one pass over the deadline index. */
const LAPSED = `SELECT count(*) AS past, coalesce(sum(number_lost_at <= @now), 0) AS lost,
  min(CASE WHEN number_lost_at > @now THEN number_lost_at END) AS nextLoss,
  (SELECT min(deadline_ends_at) FROM numbers WHERE archived = 0 AND deadline_ends_at > @now) AS nextDeadline
  FROM numbers WHERE archived = 0 AND deadline_ends_at <= @now`;

const MARK_COLUMNS = ['id', 'e164', 'label', 'deadline_on'] as const satisfies readonly (keyof NumberRow)[];
type MarkRow = Pick<NumberRow, (typeof MARK_COLUMNS)[number]> & { deadline_on: string };

/** The timeline's marks: only what a mark shows (its status follows from its days left, the deadline ahead). */
function timelineMarks(db: Database.Database, drawn: { id: number; daysLeft: number }[], dueSoonDays: number): TimelineMark[] {
  const daysLeft = new Map(drawn.map((mark) => [mark.id, mark.daysLeft]));
  return rowsByIds<MarkRow>(db, [...daysLeft.keys()], MARK_COLUMNS).map((row) => {
    const days = daysLeft.get(row.id)!;
    return {
      id: row.id,
      label: row.label,
      formatted: formatInternational(row.e164),
      deadlineOn: row.deadline_on,
      status: { state: days <= dueSoonDays ? 'due_soon' : 'ok', daysLeft: days },
    };
  });
}

/**
 * The days ahead, each with how many numbers are due then (not yet past their deadline, counted in each
 * carrier's calendar), and the soonest few of each day: all the timeline draws.
 */
function daysAhead(db: Database.Database, at: StatusClock) {
  const perDay = new Map<number, number>();
  const drawn: { id: number; daysLeft: number }[] = [];
  const { near, dayChangesAt } = dueAhead(db, at, DASHBOARD_HORIZON_DAYS);
  for (const number of near) {
    const onDay = (perDay.get(number.daysLeft) ?? 0) + 1;
    perDay.set(number.daysLeft, onDay);
    if (onDay <= DASHBOARD_MARKS_PER_DAY) drawn.push(number);
  }
  const dueWithin = (days: number) => [...perDay].reduce((sum, [day, onDay]) => (day <= days ? sum + onDay : sum), 0);
  const more = [...perDay]
    .filter(([, onDay]) => onDay > DASHBOARD_MARKS_PER_DAY)
    .map(([daysLeft, onDay]) => ({ daysLeft, count: onDay - DASHBOARD_MARKS_PER_DAY }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
  return { drawn, dueWithin, more, dayChangesAt };
}

/**
 * The start page at `at`, and the instant until which it stays true if nothing is written. What it shows
 * changes with the clock only when a day begins in a zone in use (days left, and the lapse phase an urgent
 * number is in: phases end as a day begins in its carrier's zone), a deadline passes, or a number in grace is
 * lost. Those two are read as stored: materialized under other tz data, they need not fall on a day's start.
 */
export function readStartPage(db: Database.Database, at: StatusClock): { page: StartPage; holdsUntil: number } {
  const now = { now: at.now.toISOString() };
  const ahead = daysAhead(db, at);
  const urgent = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS.join(', ')} FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL AND number_lost_at > @now
       ORDER BY deadline_ends_at, id LIMIT ${DASHBOARD_URGENT_COUNT}`,
    )
    .all(now) as SummaryRow[];
  const lapsed = db.prepare(LAPSED).get(now) as Lapsed;
  const holdsUntil = Math.min(
    ahead.dayChangesAt,
    lapsed.nextLoss === null ? Infinity : Date.parse(lapsed.nextLoss),
    lapsed.nextDeadline === null ? Infinity : Date.parse(lapsed.nextDeadline),
  );
  const page: StartPage = {
    horizonDays: DASHBOARD_HORIZON_DAYS,
    counts: {
      lost: lapsed.lost,
      grace: lapsed.past - lapsed.lost,
      dueIn7: ahead.dueWithin(7),
      dueIn30: ahead.dueWithin(30),
      active: countMatching(db, whereMatching(db, { text: '', digits: '', includeArchived: false }, null)),
    },
    upcoming: timelineMarks(db, ahead.drawn, at.dueSoonDays),
    upcomingMore: ahead.more,
    urgent: urgent.map((row) => numberSummary(row, at.now, at.dueSoonDays)),
  };
  return { page, holdsUntil };
}
