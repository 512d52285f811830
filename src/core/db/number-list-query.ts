import type Database from 'better-sqlite3';
import type { ListSortKey } from '#shared/number-list.ts';
import type { StatusState } from '#shared/numbers.ts';
import { daysBetween, todayIn } from '../domain/dates.ts';
import type { NumberRow } from './number-rows.ts';
import { idsMatchingText } from './text-search.ts';

/** Filters that match a column's whole value, in any letter case. */
export interface ExactFilters {
  country?: string | undefined;
  carrier?: string | undefined;
  owner?: string | undefined;
  kind?: string | undefined;
  tag?: string | undefined;
}

/**
 * What the list filters by. `digits` matches a number typed in any format (`phoneSearchDigits` of the
 * search: none for text with letters); `text` matches label, owner, carrier, tags, notes, account and plan,
 * in any letter case, accents or not. The status filters need `at`.
 */
export interface RowFilter extends ExactFilters {
  text: string;
  digits: string;
  includeArchived: boolean;
  status?: readonly StatusState[] | undefined;
  dueWithinDays?: number | undefined;
}

/** The instant a status is read at, and how many days ahead a deadline counts as due soon. */
export interface StatusClock {
  now: Date;
  dueSoonDays: number;
}

export interface Where {
  conditions: string[];
  params: Record<string, string | number>;
}

type Db = Database.Database;

const withFunctions = new WeakSet<Db>();

/**
 * Days left counts calendar days in the carrier's zone, which SQL cannot: a small function does it, so
 * statuses are plain comparisons on the materialized instants and this one call.
 */
export function ensureListFunctions(db: Db): void {
  if (withFunctions.has(db)) return;
  db.function('keepline_days_left', { deterministic: true }, (zone: unknown, on: unknown, nowMs: unknown) =>
    daysBetween(todayIn(String(zone), new Date(Number(nowMs))), String(on)),
  );
  withFunctions.add(db);
}

const DAYS_LEFT = 'keepline_days_left(time_zone, deadline_on, @nowMs)';
const NOT_ARCHIVED = 'likely(archived = 0)';
export const DAY_MS = 86_400_000;

/**
 * A deadline at most N calendar days away in its zone passes less than N + 1 days (and a DST hour) from
 * now: comparing instants with a day of slack first leaves the zone arithmetic to the few rows near the cut.
 */
function within(days: string): string {
  return `deadline_ends_at > @now AND deadline_ends_at <= @${days}Horizon AND ${DAYS_LEFT} <= @${days}`;
}

/** Past the last instant a deadline at most `days` calendar days away (in any zone) can end. */
export function horizonAfter(now: Date, days: number): string {
  return new Date(now.getTime() + (days + 2) * DAY_MS).toISOString();
}

// Each state as a comparison on the deadline columns materialized with every change (materialize.ts): the
// deadline passes at `deadline_ends_at`, lapse phases follow it back to back until `number_lost_at`.
const STATUS_SQL: Record<StatusState, string> = {
  lost: 'number_lost_at <= @now',
  grace: '(deadline_ends_at <= @now AND number_lost_at > @now)',
  due_soon: `(${within('dueSoonDays')})`,
  ok: `(deadline_ends_at IS NULL OR (deadline_ends_at > @now AND NOT (${within('dueSoonDays')})))`,
};

/** Urgency for sorting by status: lost, in grace, due soon, ok, then numbers without a deadline. */
export const STATUS_RANK_SQL = `CASE WHEN deadline_ends_at IS NULL THEN 4 WHEN number_lost_at <= @now THEN 0
  WHEN deadline_ends_at <= @now THEN 1 WHEN ${within('dueSoonDays')} THEN 2 ELSE 3 END`;

export function clockParams(at: StatusClock): Where['params'] {
  return { now: at.now.toISOString(), nowMs: at.now.getTime(), dueSoonDays: at.dueSoonDays, dueSoonDaysHorizon: horizonAfter(at.now, at.dueSoonDays) };
}

/** The SQL conditions (joined by AND) that select the numbers matching `filter`. */
export function whereMatching(db: Db, filter: RowFilter, at: StatusClock | null): Where {
  const conditions: string[] = [];
  const params: Where['params'] = {};
  // Most numbers are not archived: said so, SQLite reads the table straight through for a filter on other
  // columns rather than looking up every row through the deadline index, and still walks that index for
  // deadline order.
  if (!filter.includeArchived) conditions.push(NOT_ARCHIVED);
  for (const column of ['country', 'carrier', 'owner', 'kind'] as const) {
    const value = filter[column];
    if (value === undefined) continue;
    params[column] = value;
    conditions.push(`${column} = @${column} COLLATE NOCASE`);
  }
  if (filter.tag !== undefined) {
    params.tag = filter.tag;
    conditions.push('EXISTS (SELECT 1 FROM json_each(numbers.tags) WHERE value = @tag COLLATE NOCASE)');
  }
  if (filter.text) {
    params.textIds = JSON.stringify(idsMatchingText(db, filter));
    conditions.push('id IN (SELECT value FROM json_each(@textIds))');
  }
  const states = filter.status ?? [];
  if (states.length > 0 || filter.dueWithinDays !== undefined) {
    if (!at) throw new Error('A status filter needs the clock');
    Object.assign(params, clockParams(at));
    if (states.length > 0) conditions.push(`(${states.map((state) => STATUS_SQL[state]).join(' OR ')})`);
    if (filter.dueWithinDays !== undefined) {
      params.dueWithinDays = filter.dueWithinDays;
      params.dueWithinDaysHorizon = horizonAfter(at.now, filter.dueWithinDays);
      conditions.push(`(${within('dueWithinDays')})`);
    }
  }
  return { conditions, params };
}

/** Whether the filter searches text: its matches, in no order, are best sorted apart from the deadline index. */
export function searchesText(filter: RowFilter): boolean {
  return filter.text !== '';
}

/** Whether the filter is a search and nothing else (but the archived flag): what typing in the search box asks. */
export function searchesTextOnly(filter: RowFilter): boolean {
  const { country, carrier, owner, kind, tag, status, dueWithinDays } = filter;
  return searchesText(filter) && [country, carrier, owner, kind, tag, dueWithinDays].every((value) => value === undefined) && (status ?? []).length === 0;
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** How many numbers match. Without filters but the archived flag, two counts SQLite answers from the b-tree alone. */
export function countMatching(db: Db, where: Where): number {
  ensureListFunctions(db);
  const count = (sql: string, params: Where['params']) => (db.prepare(sql).get(params) as { n: number }).n;
  if (where.conditions.length === 0) return count('SELECT count(*) AS n FROM numbers', {});
  if (where.conditions.length === 1 && where.conditions[0] === NOT_ARCHIVED) {
    return count('SELECT count(*) AS n FROM numbers', {}) - count('SELECT count(*) AS n FROM numbers WHERE archived = 1', {});
  }
  return count(`SELECT count(*) AS n FROM numbers ${whereClause(where.conditions)}`, where.params);
}

export type Direction = 'ascending' | 'descending';

/** Rows with every column, or with those named (the caller's row type then says which). */
export type Columns = readonly (keyof NumberRow)[] | null;

/** A slice of the list in deadline order; `limit` -1 for all the rest. */
export function rowsInDeadlineOrder<R = NumberRow>(db: Db, where: Where, direction: Direction, offset: number, limit: number, columns: Columns = null): R[] {
  ensureListFunctions(db);
  // Numbers with a deadline come first (last, descending), in the order of the (archived, deadline) index,
  // which a LIMIT then stops early; those without one follow in the order they were added.
  const dated = { condition: 'deadline_ends_at IS NOT NULL', order: direction === 'ascending' ? 'deadline_ends_at, id' : 'deadline_ends_at DESC, id DESC' };
  const undated = { condition: 'deadline_ends_at IS NULL', order: direction === 'ascending' ? 'id' : 'id DESC' };
  const selected = columns ? columns.join(', ') : '*';
  const rows: R[] = [];
  let skip = offset;
  for (const segment of direction === 'ascending' ? [dated, undated] : [undated, dated]) {
    if (limit >= 0 && rows.length >= limit) break;
    const conditions = [...where.conditions, segment.condition];
    // LIMIT as a literal, not a parameter: SQLite then stops the index walk early. It is always the page
    // size (or -1), so there are few such statements; a second segment's surplus is cut below.
    const found = db
      .prepare(`SELECT ${selected} FROM numbers ${whereClause(conditions)} ORDER BY ${segment.order} LIMIT ${Math.trunc(limit)} OFFSET @offset`)
      .all({ ...where.params, offset: skip }) as R[];
    rows.push(...found);
    // Nothing found: the whole segment lay before the offset, so the next one skips what remains of it.
    skip = found.length > 0 ? 0 : Math.max(0, skip - countMatching(db, { conditions, params: where.params }));
  }
  return limit >= 0 ? rows.slice(0, limit) : rows;
}

/** The rows with these ids, in the order given (`columns` must hold `id`). */
export function rowsByIds<R extends { id: number } = NumberRow>(db: Db, ids: readonly number[], columns: Columns = null): R[] {
  if (ids.length === 0) return [];
  const selected = columns ? columns.join(', ') : '*';
  const rows = db.prepare(`SELECT ${selected} FROM numbers WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as R[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a sort compares, for every matching number; narrow, so sorting thousands stays cheap. */
export interface SortColumns {
  id: number;
  deadline_ends_at: string | null;
  /** The sorted column's value: text, or the status rank. */
  value: string | number | null;
  /** The amount, when sorting by cost (`value` is then the currency). */
  amount: number | null;
}

const SORT_VALUE: Record<ListSortKey, string> = {
  deadline: 'NULL',
  status: STATUS_RANK_SQL,
  number: 'e164',
  country: 'country',
  label: 'label',
  owner: 'owner',
  carrier: 'carrier',
  kind: 'kind',
  cost: 'plan_currency',
};

export function sortColumnsMatching(db: Db, where: Where, key: ListSortKey, at: StatusClock): SortColumns[] {
  ensureListFunctions(db);
  const amount = key === 'cost' ? 'plan_cost_minor' : 'NULL';
  return db
    .prepare(`SELECT id, deadline_ends_at, ${SORT_VALUE[key]} AS value, ${amount} AS amount FROM numbers ${whereClause(where.conditions)}`)
    .all({ ...where.params, ...clockParams(at) }) as SortColumns[];
}

/** The ids (and archived flags) of every matching number. */
export function idsMatching(db: Db, where: Where): { id: number; archived: 0 | 1 }[] {
  ensureListFunctions(db);
  return db.prepare(`SELECT id, archived FROM numbers ${whereClause(where.conditions)}`).all(where.params) as { id: number; archived: 0 | 1 }[];
}
