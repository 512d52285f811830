// Events across all numbers, filtered the way the history and spending pages ask.
import type Database from 'better-sqlite3';
import type { EventRow } from '../db/events-repo.ts';
import { idsMatchingNumber } from '../db/text-search.ts';

export interface EventFilter {
  numberId?: number | undefined;
  /** A number typed in any format, or part of its label: the events of every number it names (none if it names none). */
  numberSearch?: string | undefined;
  owner?: string | undefined;
  country?: string | undefined;
  carrier?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | undefined;
}

export type JoinedEvent = EventRow & { e164: string; label: string; owner: string; country: string; carrier: string };

interface Conditions {
  /** On the event's own columns (`e`). */
  onEvent: string[];
  /** On its number's (`n`): owner, carrier, country. */
  onNumber: string[];
  params: Record<string, unknown>;
}

/** Whether the filter has conditions on the numbers' columns (the query then needs them). */
export const filtersNumbers = (filter: EventFilter): boolean =>
  filter.owner !== undefined || filter.country !== undefined || filter.carrier !== undefined || Boolean(filter.numberSearch?.trim());

/**
 * The numbers' conditions of a filter (`n`, the numbers table), shared with the spending queries; owner and
 * carrier match in any letter case, like the list's filters.
 */
export function numberConditions(db: Database.Database, filter: EventFilter, params: Record<string, unknown>): string[] {
  const onNumber: string[] = [];
  if (filter.numberSearch?.trim()) {
    params.numberSearchIds = JSON.stringify(idsMatchingNumber(db, filter.numberSearch));
    onNumber.push('n.id IN (SELECT value FROM json_each(@numberSearchIds))');
  }
  if (filter.owner !== undefined) {
    onNumber.push('lower(n.owner) = lower(@owner)');
    params.owner = filter.owner;
  }
  if (filter.carrier !== undefined) {
    onNumber.push('lower(n.carrier) = lower(@carrier)');
    params.carrier = filter.carrier;
  }
  if (filter.country !== undefined) {
    onNumber.push('n.country = @country');
    params.country = filter.country;
  }
  return onNumber;
}

/** The filter's conditions, those on the event and those on its number apart. */
function conditionsOf(db: Database.Database, filter: EventFilter): Conditions {
  const onEvent: string[] = [];
  const params: Record<string, unknown> = {};
  const onNumber = numberConditions(db, filter, params);
  if (filter.numberId !== undefined) {
    onEvent.push('e.number_id = @numberId');
    params.numberId = filter.numberId;
  }
  if (filter.from !== undefined) {
    onEvent.push('e.occurred_on >= @from');
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    onEvent.push('e.occurred_on <= @to');
    params.to = filter.to;
  }
  if (filter.kinds && filter.kinds.length > 0) {
    const names = filter.kinds.map((_kind, index) => `@kind${index}`);
    onEvent.push(`e.kind IN (${names.join(', ')})`);
    filter.kinds.forEach((kind, index) => (params[`kind${index}`] = kind));
  }
  return { onEvent, onNumber, params };
}

const whereClause = (parts: string[]) => (parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`);

/** The numbers' conditions as a set of numbers: SQLite then reaches their events through `events_by_number`. */
const ofMatchingNumbers = (onNumber: string[]) => `e.number_id IN (SELECT n.id FROM numbers n WHERE ${onNumber.join(' AND ')})`;

/** A WHERE clause over `events e JOIN numbers n` and its parameters. */
export function whereOf(db: Database.Database, filter: EventFilter): { sql: string; params: Record<string, unknown> } {
  const { onEvent, onNumber, params } = conditionsOf(db, filter);
  return { sql: whereClause([...onEvent, ...onNumber]), params };
}

const JOIN = 'FROM events e JOIN numbers n ON n.id = e.number_id';
const COLUMNS = 'e.*, n.e164 AS e164, n.label AS label, n.owner AS owner, n.country AS country, n.carrier AS carrier';

/** How many events match: from indexes alone, the numbers' conditions as a set of numbers (no join per event). */
export function countEvents(db: Database.Database, filter: EventFilter): number {
  const { onEvent, onNumber, params } = conditionsOf(db, filter);
  const parts = onNumber.length === 0 ? onEvent : [...onEvent, ofMatchingNumbers(onNumber)];
  return (db.prepare(`SELECT count(*) AS total FROM events e ${whereClause(parts)}`).get(params) as { total: number }).total;
}

// Measured on 1,000,000 events: walking them newest first costs some 5 µs an event, gathering the matching
// numbers' events and sorting them some 3 µs an event.
const WALK_COST = 5;
const GATHER_COST = 3;

/**
 * Newest first: by the day it happened, then the order it was recorded. `total` is how many match
 * (countEvents). With conditions on the numbers, the page is found the cheaper of two ways: walking every
 * event newest first until it is full (about (offset + limit) × all / total events: few when many match),
 * or gathering the matching numbers' events and sorting them (`total` events: few when few match). Either
 * way alone is slow somewhere: gathering an owner's 120,000 events took 360 ms, walking for a country with
 * almost none some 5 s.
 */
export function pageEvents(db: Database.Database, filter: EventFilter, offset: number, limit: number, total: number): JoinedEvent[] {
  // Nothing to find: not even a walk through every event to be sure.
  if (offset >= total) return [];
  const { onEvent, onNumber, params } = conditionsOf(db, filter);
  let parts = [...onEvent, ...onNumber];
  if (onNumber.length > 0) {
    // The largest id bounds how many events there are, from the index's last entry.
    const all = (db.prepare('SELECT max(id) AS last FROM events').get() as { last: number | null }).last ?? 0;
    const walked = ((offset + limit) * all) / total;
    if (GATHER_COST * total < WALK_COST * walked) parts = [...onEvent, ofMatchingNumbers(onNumber)];
  }
  return db
    .prepare(`SELECT ${COLUMNS} ${JOIN} ${whereClause(parts)} ORDER BY e.occurred_on DESC, e.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as JoinedEvent[];
}

/** The newest event of each number, to tell which one can be undone. */
export function newestEventIds(db: Database.Database, numberIds: number[]): Map<number, { id: number; revision: number }> {
  const result = new Map<number, { id: number; revision: number }>();
  const statement = db.prepare(
    'SELECT e.id AS id, e.revision_after AS revisionAfter, n.revision AS revision FROM events e JOIN numbers n ON n.id = e.number_id WHERE e.number_id = ? ORDER BY e.id DESC LIMIT 1',
  );
  for (const numberId of new Set(numberIds)) {
    const row = statement.get(numberId) as { id: number; revisionAfter: number; revision: number } | undefined;
    if (row && row.revisionAfter === row.revision) result.set(numberId, { id: row.id, revision: row.revision });
  }
  return result;
}
