// The numbers a forecast reads: the active ones the spending page's number filters select, matched as the
// spending totals match them (`numberConditions`), in one pass over the numbers table.
import type Database from 'better-sqlite3';
import type { NumberRow } from '../db/number-rows.ts';
import { numberConditions, type EventFilter } from './history-query.ts';

/** The filters on the numbers themselves; a forecast has no dates to filter (it is of the next 12 months). */
export type NumberFilter = Pick<EventFilter, 'numberId' | 'numberSearch' | 'owner' | 'country' | 'carrier'>;

/**
 * The columns asked for of every number not archived that the filter selects, by id. Most numbers are not
 * archived: said so (`likely`), SQLite reads the table straight through instead of every row through the
 * deadline index; the other conditions are checked on the row it reads.
 */
export function forecastNumbers<C extends keyof NumberRow>(db: Database.Database, filter: NumberFilter, columns: readonly C[]): Pick<NumberRow, C>[] {
  const params: Record<string, unknown> = {};
  const conditions = ['likely(n.archived = 0)', ...numberConditions(db, filter, params)];
  if (filter.numberId !== undefined) {
    conditions.push('n.id = @numberId');
    params.numberId = filter.numberId;
  }
  const selected = columns.map((column) => `n.${column}`).join(', ');
  return db.prepare(`SELECT ${selected} FROM numbers n WHERE ${conditions.join(' AND ')} ORDER BY n.id`).all(params) as Pick<NumberRow, C>[];
}
