import { DEFAULT_LIST_SORT, type ListSort } from '#shared/number-list.ts';
import { phoneSearchDigits } from '#shared/search-fold.ts';
import { formatInternational } from '../domain/phone.ts';
import { readPhases, stateOf, type NumberRow } from '../db/number-rows.ts';
import { deleteNumberRow, findNumberByE164, getNumberRow, insertNumberRow, updateNumberRow } from '../db/numbers-repo.ts';
import {
  countMatching, idsMatching, rowsByIds, rowsInDeadlineOrder, searchesText, searchesTextOnly, sortColumnsMatching, whereMatching, type Columns, type RowFilter, type StatusClock,
} from '../db/number-list-query.ts';
import { exactFirst, idsNamedExactly, textMatches } from '../db/text-search.ts';
import { sortedIds } from '../records/list-sort.ts';
import { eventById } from '../db/events-repo.ts';
import { KeeplineError, notFound } from '../errors.ts';
import type { HandlerContext } from '../context.ts';
import { deadlineColumns } from '../records/materialize.ts';
import { checkNumberInput, columnsFromInput, stateFromInput } from '../records/number-input.ts';
import { numberSummary, numberView, SUMMARY_COLUMNS, type SummaryRow } from '../records/views.ts';
import { planNewNumber, replanWritten } from '../reminders/replan.ts';
import type { Handlers } from './types.ts';
import type { NumberInput } from '#shared/numbers.ts';
import type { NumberFilter } from '#shared/number-filter.ts';
import type { ParsedPhone } from '../domain/phone.ts';
import type { KeepAliveState } from '../domain/state.ts';

export function dueSoonDays(ctx: HandlerContext): number {
  return Math.max(0, ...ctx.settings.get().leadTimesDays);
}

export function viewOf(ctx: HandlerContext, row: NumberRow) {
  return numberView(row, ctx.clock.now(), dueSoonDays(ctx), ctx.locale, (id) => eventById(ctx.db, id));
}

export function requireNumber(ctx: HandlerContext, id: number): NumberRow {
  const row = getNumberRow(ctx.db, id);
  if (!row) throw notFound('number');
  return row;
}

/** Inserts a checked number with its deadline materialized; returns the row as stored. */
export function insertNumber(
  ctx: HandlerContext,
  input: NumberInput,
  phone: ParsedPhone,
  meta: { archived: boolean; createdAt: string; state?: KeepAliveState },
): NumberRow {
  const state = meta.state ?? stateFromInput(input, null);
  const { id: _unused, ...columns } = withDeadline(ctx, {
    id: 0,
    ...columnsFromInput(input, phone, state),
    archived: meta.archived ? 1 : 0,
    deadline_on: null,
    deadline_ends_at: null,
    credit_lost_at: null,
    number_lost_at: null,
    created_at: meta.createdAt,
    updated_at: meta.createdAt,
    revision: 1,
  });
  void _unused;
  return { id: insertNumberRow(ctx.db, columns), ...columns };
}

/** Recomputes the materialized deadline of a row about to be written. */
export function withDeadline(ctx: HandlerContext, row: NumberRow): NumberRow {
  const columns = deadlineColumns(stateOf(row), row.time_zone, readPhases(row));
  return { ...row, ...columns };
}

function sameRow(a: NumberRow, b: NumberRow): boolean {
  return (Object.keys(a) as (keyof NumberRow)[]).every((key) => a[key] === b[key]);
}

function refuseDuplicate(ctx: HandlerContext, e164: string, exceptId: number | null): void {
  const existing = findNumberByE164(ctx.db, e164);
  if (existing && existing.id !== exceptId) {
    // The sentence joins them in the reader's language: "First, +852 5123 4567", "香港储值卡，+852 5123 4567".
    const detail = { label: existing.label, number: formatInternational(existing.e164) };
    throw new KeeplineError('conflict', {}, [{ field: 'phone', reason: 'duplicate', detail }]);
  }
}

export function statusClock(ctx: HandlerContext): StatusClock {
  return { now: ctx.clock.now(), dueSoonDays: dueSoonDays(ctx) };
}

function rowFilter(filter: NumberFilter): RowFilter {
  const search = filter.search.trim();
  const { includeArchived, country, carrier, owner, kind, tag, status, dueWithinDays } = filter;
  return { text: search, digits: phoneSearchDigits(search), includeArchived, country, carrier, owner, kind, tag, status, dueWithinDays };
}

/**
 * `limit` numbers (all without it) from `offset` in the list's order, and how many match in all; each `Row`
 * with every column (`columns` null) or with those named.
 */
function sliceOfList<Row extends { id: number }>(ctx: HandlerContext, filter: NumberFilter, sort: ListSort, at: StatusClock, columns: Columns, offset: number, limit?: number) {
  const rowsFilter = rowFilter(filter);
  const end = limit === undefined ? undefined : offset + limit;
  // A search puts the numbers it names exactly (by their whole label or number) first, each part in the list's order.
  if (sort.key === 'deadline' && searchesTextOnly(rowsFilter)) {
    // Typing in the search box: the matches come in deadline order from memory, without reading the table.
    const { ids, exact } = textMatches(ctx.db, rowsFilter);
    if (sort.direction === 'descending') ids.reverse();
    const ranked = exactFirst(ids, exact);
    return { rows: rowsByIds<Row>(ctx.db, ranked.slice(offset, end), columns), total: ranked.length };
  }
  const where = whereMatching(ctx.db, rowsFilter, at);
  // A search's matches come as a set of ids: reading just those, sorted here, answers the order and the count at once.
  if (sort.key !== 'deadline' || searchesText(rowsFilter)) {
    const sorted = sortedIds(sortColumnsMatching(ctx.db, where, sort.key, at), sort, ctx.locale);
    const ids = searchesText(rowsFilter) ? exactFirst(sorted, idsNamedExactly(ctx.db, rowsFilter)) : sorted;
    return { rows: rowsByIds<Row>(ctx.db, ids.slice(offset, end), columns), total: ids.length };
  }
  const rows = rowsInDeadlineOrder<Row>(ctx.db, where, sort.direction, offset, limit ?? -1, columns);
  // A slice from the start that ends before its limit is the whole list: it counts itself.
  const total = offset === 0 && (limit === undefined || rows.length < limit) ? rows.length : countMatching(ctx.db, where);
  return { rows, total };
}

/**
 * The numbers the list shows for a filter, in its order. The list and the numbers exports both select with
 * this, so an export of the current filter holds exactly what the list shows.
 */
export function numbersMatching(ctx: HandlerContext, filter: NumberFilter, sort: ListSort = DEFAULT_LIST_SORT): NumberRow[] {
  return sliceOfList<NumberRow>(ctx, filter, sort, statusClock(ctx), null, 0).rows;
}

export const numberHandlers = {
  'numbers.list': ({ sort, offset, limit, ...filter }, ctx) => {
    const at = statusClock(ctx);
    const { rows, total } = sliceOfList<SummaryRow>(ctx, filter, sort, at, SUMMARY_COLUMNS, offset, limit);
    return { items: rows.map((row) => numberSummary(row, at.now, at.dueSoonDays)), total, offset };
  },

  'numbers.ids': (filter, ctx) => {
    const matching = idsMatching(ctx.db, whereMatching(ctx.db, rowFilter(filter), statusClock(ctx)));
    return { ids: matching.map((row) => row.id), archivedIds: matching.filter((row) => row.archived === 1).map((row) => row.id) };
  },

  'numbers.get': (input, ctx) => viewOf(ctx, requireNumber(ctx, input.id)),

  'numbers.create': (input, ctx) => {
    const phone = checkNumberInput(input);
    return ctx.db.transaction(() => {
      refuseDuplicate(ctx, phone.e164, null);
      const now = ctx.clock.now().toISOString();
      const row = insertNumber(ctx, input, phone, { archived: false, createdAt: now });
      planNewNumber(ctx, row);
      return viewOf(ctx, row);
    }).immediate();
  },

  'numbers.update': ({ id, number: input }, ctx) => {
    const phone = checkNumberInput(input);
    return ctx.db.transaction(() => {
      const existing = requireNumber(ctx, id);
      refuseDuplicate(ctx, phone.e164, id);
      const state = stateFromInput(input, stateOf(existing));
      const edited = withDeadline(ctx, { ...existing, ...columnsFromInput(input, phone, state) });
      // Saving an unchanged form is not an edit: it must not end the chance to undo the last event.
      if (sameRow(edited, existing)) return viewOf(ctx, existing);
      const next = { ...edited, updated_at: ctx.clock.now().toISOString(), revision: existing.revision + 1 };
      updateNumberRow(ctx.db, existing, next);
      replanWritten(ctx, existing, next);
      return viewOf(ctx, next);
    }).immediate();
  },

  'numbers.check': (input) => {
    checkNumberInput(input);
    return {};
  },

  'numbers.setArchived': ({ id, archived }, ctx) =>
    ctx.db.transaction(() => {
      const existing = requireNumber(ctx, id);
      if ((existing.archived === 1) === archived) return viewOf(ctx, existing);
      const next = { ...existing, archived: archived ? (1 as const) : (0 as const), updated_at: ctx.clock.now().toISOString(), revision: existing.revision + 1 };
      updateNumberRow(ctx.db, existing, next);
      replanWritten(ctx, existing, next);
      return viewOf(ctx, next);
    }).immediate(),

  'numbers.delete': ({ id }, ctx) => {
    if (!deleteNumberRow(ctx.db, id)) throw notFound('number');
    return { deleted: id };
  },
} satisfies Partial<Handlers>;
