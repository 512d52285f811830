// The numbers list asks for a page at a time: its first screen never needs every number, and the virtualized
// table asks for further pages as the user scrolls. The filter is the one the exports share.
import * as z from 'zod';
import { NumberFilterFields } from './number-filter.ts';
import { NumberSummary } from './numbers.ts';
import { Id } from './primitives.ts';

/** The list's columns, each a sort key. */
export const LIST_SORT_KEYS = ['status', 'country', 'number', 'label', 'owner', 'carrier', 'kind', 'deadline', 'cost'] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

export const ListSort = z.strictObject({
  key: z.enum(LIST_SORT_KEYS),
  direction: z.enum(['ascending', 'descending']),
});
export type ListSort = z.infer<typeof ListSort>;

export const DEFAULT_LIST_SORT: ListSort = { key: 'deadline', direction: 'ascending' };

/** Most rows one page holds. */
export const LIST_PAGE_MAX = 1000;

/** The page the list asks for: a screen or two of rows at a time. */
export const LIST_PAGE_SIZE = 100;

export const NumberListInput = z.strictObject({
  ...NumberFilterFields,
  /** Ties keep deadline order, so the list never jumps about. */
  sort: ListSort.default(DEFAULT_LIST_SORT),
  /** How many matching numbers to skip, in the sort's order. */
  offset: z.int().min(0).default(0),
  /** How many to answer; without it, every matching number from `offset` on. */
  limit: z.int().min(1).max(LIST_PAGE_MAX).optional(),
});

export const NumberListPage = z.object({
  items: z.array(NumberSummary),
  /** How many numbers match the filter in all, whatever the page. */
  total: z.int(),
  offset: z.int(),
});
export type NumberListPage = z.infer<typeof NumberListPage>;

/** Every number matching the filter, as ids only: what "select all" selects, across every page. */
export const NumberIds = z.object({
  ids: z.array(Id),
  /** Those of `ids` that are archived (the selection then offers Unarchive). */
  archivedIds: z.array(Id),
});
