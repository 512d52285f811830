// What the spending page asks first (spending by month and currency, with totals and years) against the
// same aggregate straight from SQLite on its covering index (named: with no statistics SQLite would take the
// kind index of migration 12 and read every row).
import type Database from 'better-sqlite3';
import type { Dispatch } from '#core/dispatch.ts';
import { must } from './dispatch.ts';
import { compare, type PathResult } from './measure.ts';

const RAW_BY_MONTH = `SELECT substr(occurred_on, 1, 7) AS month, currency, sum(amount_minor) AS amountMinor, count(*) AS count
  FROM events INDEXED BY events_spent_by_month WHERE kind IN ('renewal', 'topup') AND amount_minor IS NOT NULL GROUP BY month, currency`;

export async function benchSpending(db: Database.Database, dispatch: Dispatch, events: number, rounds: number): Promise<PathResult> {
  const raw = db.prepare(RAW_BY_MONTH);
  return compare(`spending by month and currency over ${events} events`, 1.5, rounds,
    () => must(dispatch, 'spending.summary', {}),
    () => raw.all());
}
