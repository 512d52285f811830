import { startPage } from '../records/start-page-memo.ts';
import { statusClock } from './numbers.ts';
import type { Handlers } from './types.ts';

function sortedUnique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** The start page is read from the materialized deadline columns with the clock (start-page.ts). */
export const dashboardHandlers = {
  'dashboard.summary': (_input, ctx) => startPage(ctx.db, statusClock(ctx)),

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
