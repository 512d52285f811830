// The events a history export holds: the history page's filter (the same WHERE clause as its list), oldest
// first. Built for 100,000 events: rows come as arrays (no object per row), and each number's columns are
// read once rather than joined into every row.
import type Database from 'better-sqlite3';
import { filtersNumbers, whereOf, type EventFilter } from '../history/history-query.ts';

/** The number an event belongs to, as it is now. */
export interface EventNumber {
  e164: string;
  label: string;
  owner: string;
  country: string;
  carrier: string;
}

/** Events as rows of `columns` (SQL over `e`, the events table), with the numbers they belong to. */
export interface HistoryRows<Row> {
  numbers: ReadonlyMap<number, EventNumber>;
  /** Oldest first: by the day it happened, then the order it was recorded. */
  events: Row[];
}

export function selectEvents<Row>(db: Database.Database, filter: EventFilter, columns: string): HistoryRows<Row> {
  const where = whereOf(db, filter);
  // The numbers' columns are needed in the query only when the filter is on them.
  const join = filtersNumbers(filter) ? 'JOIN numbers n ON n.id = e.number_id' : '';
  // `+e.occurred_on`: sort the selected rows in one pass rather than visit the table in the date index's order,
  // a random read per row; indexes still serve the WHERE clause.
  const events = db
    .prepare(`SELECT ${columns} FROM events e ${join} ${where.sql} ORDER BY +e.occurred_on, e.id`)
    .raw(true)
    .all(where.params) as Row[];
  const numbers = new Map<number, EventNumber>();
  const rows = db.prepare('SELECT id, e164, label, owner, country, carrier FROM numbers').all() as (EventNumber & { id: number })[];
  for (const row of rows) numbers.set(row.id, row);
  return { numbers, events };
}
