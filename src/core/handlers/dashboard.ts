import { DASHBOARD_HORIZON_DAYS, DASHBOARD_MARKS_PER_DAY, DASHBOARD_URGENT_COUNT, type TimelineMark } from '#shared/dashboard.ts';
import { countMatching, rowsByIds, whereMatching } from '../db/number-list-query.ts';
import { dueAhead } from '../db/near-deadlines.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { formatInternational } from '../domain/phone.ts';
import type { HandlerContext } from '../context.ts';
import { numberSummary, SUMMARY_COLUMNS, type SummaryRow } from '../records/views.ts';
import { statusClock } from './numbers.ts';
import type { Handlers } from './types.ts';

/** Past the deadline: lost (past every lapse phase) or in grace, in one pass over the deadline index. */
function lapsed(ctx: HandlerContext, now: string): { lost: number; grace: number } {
  const row = ctx.db
    .prepare('SELECT count(*) AS past, coalesce(sum(number_lost_at <= @now), 0) AS lost FROM numbers WHERE archived = 0 AND deadline_ends_at <= @now')
    .get({ now }) as { past: number; lost: number };
  return { lost: row.lost, grace: row.past - row.lost };
}

function sortedUnique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

const MARK_COLUMNS = ['id', 'e164', 'label', 'deadline_on'] as const satisfies readonly (keyof NumberRow)[];
type MarkRow = Pick<NumberRow, (typeof MARK_COLUMNS)[number]> & { deadline_on: string };

/** The timeline's marks: only what a mark shows (its status follows from its days left, the deadline ahead). */
function timelineMarks(ctx: HandlerContext, drawn: { id: number; daysLeft: number }[], dueSoonDays: number): TimelineMark[] {
  const daysLeft = new Map(drawn.map((mark) => [mark.id, mark.daysLeft]));
  return rowsByIds<MarkRow>(ctx.db, [...daysLeft.keys()], MARK_COLUMNS).map((row) => {
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
function daysAhead(ctx: HandlerContext, at: ReturnType<typeof statusClock>) {
  const perDay = new Map<number, number>();
  const drawn: { id: number; daysLeft: number }[] = [];
  for (const near of dueAhead(ctx.db, at, DASHBOARD_HORIZON_DAYS)) {
    const onDay = (perDay.get(near.daysLeft) ?? 0) + 1;
    perDay.set(near.daysLeft, onDay);
    if (onDay <= DASHBOARD_MARKS_PER_DAY) drawn.push(near);
  }
  const dueWithin = (days: number) => [...perDay].reduce((sum, [day, onDay]) => (day <= days ? sum + onDay : sum), 0);
  const more = [...perDay]
    .filter(([, onDay]) => onDay > DASHBOARD_MARKS_PER_DAY)
    .map(([daysLeft, onDay]) => ({ daysLeft, count: onDay - DASHBOARD_MARKS_PER_DAY }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
  return { drawn, dueWithin, more };
}

/**
 * Read from the materialized deadline columns (ISO instants compare as text) with the clock: lapsed and
 * overdue are plain range counts on the deadline index; "due in N days" counts calendar days in each
 * carrier's zone, so SQLite counts the days left of the numbers near a deadline (near-deadlines.ts), and
 * only what the timeline's marks show is read of those it draws.
 */
export const dashboardHandlers = {
  'dashboard.summary': (_input, ctx) => {
    const at = statusClock(ctx);
    const now = { now: at.now.toISOString() };
    const summarize = (rows: SummaryRow[]) => rows.map((row) => numberSummary(row, at.now, at.dueSoonDays));
    const ahead = daysAhead(ctx, at);
    const urgent = ctx.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.join(', ')} FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL AND number_lost_at > @now
         ORDER BY deadline_ends_at, id LIMIT ${DASHBOARD_URGENT_COUNT}`,
      )
      .all(now) as SummaryRow[];
    return {
      now: now.now,
      horizonDays: DASHBOARD_HORIZON_DAYS,
      counts: {
        ...lapsed(ctx, now.now),
        dueIn7: ahead.dueWithin(7),
        dueIn30: ahead.dueWithin(30),
        active: countMatching(ctx.db, whereMatching(ctx.db, { text: '', digits: '', includeArchived: false }, null)),
      },
      upcoming: timelineMarks(ctx, ahead.drawn, at.dueSoonDays),
      upcomingMore: ahead.more,
      urgent: summarize(urgent),
    };
  },

  'numbers.names': (_input, ctx) => ({
    items: ctx.db.prepare('SELECT id, e164, label FROM numbers ORDER BY label COLLATE NOCASE, e164').all() as { id: number; e164: string; label: string }[],
  }),

  'numbers.facets': (_input, ctx) => {
    const values = (sql: string) => (ctx.db.prepare(sql).all() as { value: string }[]).map((row) => row.value);
    const distinct = (column: string) => sortedUnique(values(`SELECT DISTINCT ${column} AS value FROM numbers`));
    return {
      countries: distinct('country'),
      carriers: distinct('carrier'),
      owners: distinct('owner'),
      tags: sortedUnique(values("SELECT DISTINCT tag.value AS value FROM numbers, json_each(numbers.tags) AS tag WHERE numbers.tags <> '[]'")),
    };
  },
} satisfies Partial<Handlers>;
