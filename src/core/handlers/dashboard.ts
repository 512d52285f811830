import { DASHBOARD_HORIZON_DAYS, DASHBOARD_URGENT_COUNT } from '#shared/dashboard.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { readTags } from '../db/number-rows.ts';
import type { HandlerContext } from '../context.ts';
import { numberSummary } from '../records/views.ts';
import { dueSoonDays, isDueWithin } from './numbers.ts';
import type { Handlers } from './types.ts';

const DAY_MS = 86_400_000;

function count(ctx: HandlerContext, where: string, params: Record<string, string>): number {
  const row = ctx.db.prepare(`SELECT count(*) AS n FROM numbers WHERE archived = 0 AND ${where}`).get(params) as { n: number };
  return row.n;
}

function rows(ctx: HandlerContext, where: string, params: Record<string, string>, limit = -1): NumberRow[] {
  return ctx.db
    .prepare(`SELECT * FROM numbers WHERE archived = 0 AND ${where} ORDER BY deadline_ends_at, id LIMIT ${limit}`)
    .all(params) as NumberRow[];
}

function sortedUnique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Read from the materialized deadline columns (ISO instants compare as text) with the clock: lapsed and
 * overdue are plain range counts on the deadline index; only the rows near a deadline are summarized, since
 * "due in N days" counts calendar days in each carrier's zone.
 */
export const dashboardHandlers = {
  'dashboard.summary': (_input, ctx) => {
    const now = ctx.clock.now();
    const at = { now: now.toISOString() };
    const soon = dueSoonDays(ctx);
    const summarize = (list: NumberRow[]) => list.map((row) => numberSummary(row, now, soon));
    // A day of slack either side covers every zone's calendar; the exact cut is made per number below.
    const horizon = { ...at, until: new Date(now.getTime() + (DASHBOARD_HORIZON_DAYS + 1) * DAY_MS).toISOString() };
    const ahead = summarize(rows(ctx, 'deadline_ends_at > @now AND deadline_ends_at <= @until', horizon));
    const upcoming = ahead.filter((item) => isDueWithin(item, DASHBOARD_HORIZON_DAYS));
    const urgent = summarize(rows(ctx, 'deadline_ends_at IS NOT NULL AND number_lost_at > @now', at, DASHBOARD_URGENT_COUNT));
    return {
      now: at.now,
      horizonDays: DASHBOARD_HORIZON_DAYS,
      counts: {
        lost: count(ctx, 'number_lost_at <= @now', at),
        grace: count(ctx, 'deadline_ends_at <= @now AND number_lost_at > @now', at),
        dueIn7: upcoming.filter((item) => isDueWithin(item, 7)).length,
        dueIn30: upcoming.filter((item) => isDueWithin(item, 30)).length,
        active: count(ctx, '1 = 1', {}),
      },
      upcoming,
      urgent,
    };
  },

  'numbers.facets': (_input, ctx) => {
    const all = ctx.db.prepare('SELECT country, carrier, owner, tags FROM numbers').all() as Pick<NumberRow, 'country' | 'carrier' | 'owner' | 'tags'>[];
    return {
      countries: sortedUnique(all.map((row) => row.country)),
      carriers: sortedUnique(all.map((row) => row.carrier)),
      owners: sortedUnique(all.map((row) => row.owner)),
      tags: sortedUnique(all.flatMap((row) => readTags(row as NumberRow))),
    };
  },
} satisfies Partial<Handlers>;
