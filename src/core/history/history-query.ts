// Events across all numbers, filtered the way the history and spending pages ask.
import type Database from 'better-sqlite3';
import type { EventRow } from '../db/events-repo.ts';

export interface EventFilter {
  numberId?: number | undefined;
  owner?: string | undefined;
  country?: string | undefined;
  carrier?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kinds?: readonly string[] | undefined;
}

export type JoinedEvent = EventRow & { e164: string; label: string; owner: string; country: string; carrier: string };

/** A WHERE clause and its parameters; owner and carrier match in any letter case, like the list's filters. */
export function whereOf(filter: EventFilter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.numberId !== undefined) {
    parts.push('e.number_id = @numberId');
    params.numberId = filter.numberId;
  }
  if (filter.owner !== undefined) {
    parts.push('lower(n.owner) = lower(@owner)');
    params.owner = filter.owner;
  }
  if (filter.carrier !== undefined) {
    parts.push('lower(n.carrier) = lower(@carrier)');
    params.carrier = filter.carrier;
  }
  if (filter.country !== undefined) {
    parts.push('n.country = @country');
    params.country = filter.country;
  }
  if (filter.from !== undefined) {
    parts.push('e.occurred_on >= @from');
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    parts.push('e.occurred_on <= @to');
    params.to = filter.to;
  }
  if (filter.kinds && filter.kinds.length > 0) {
    const names = filter.kinds.map((_kind, index) => `@kind${index}`);
    parts.push(`e.kind IN (${names.join(', ')})`);
    filter.kinds.forEach((kind, index) => (params[`kind${index}`] = kind));
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

const JOIN = 'FROM events e JOIN numbers n ON n.id = e.number_id';
const COLUMNS = 'e.*, n.e164 AS e164, n.label AS label, n.owner AS owner, n.country AS country, n.carrier AS carrier';

export function countEvents(db: Database.Database, filter: EventFilter): number {
  const where = whereOf(filter);
  return (db.prepare(`SELECT count(*) AS total ${JOIN} ${where.sql}`).get(where.params) as { total: number }).total;
}

/** Newest first: by the day it happened, then the order it was recorded. */
export function pageEvents(db: Database.Database, filter: EventFilter, offset: number, limit: number): JoinedEvent[] {
  const where = whereOf(filter);
  return db
    .prepare(`SELECT ${COLUMNS} ${JOIN} ${where.sql} ORDER BY e.occurred_on DESC, e.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...where.params, limit, offset }) as JoinedEvent[];
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
