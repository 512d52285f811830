// The list's columns: each is a sort key, and what it exports.
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { DEFAULT_LIST_SORT, LIST_SORT_KEYS, type ListSort, type ListSortKey } from '#shared/number-list.ts';
import type { NumberSummary } from '#shared/numbers.ts';

export const COLUMN_KEYS = LIST_SORT_KEYS;
export type ColumnKey = ListSortKey;

/** The core sorts (a page at a time); ties keep deadline order so the list never jumps about. */
export type Sort = ListSort;
export const DEFAULT_SORT: Sort = DEFAULT_LIST_SORT;

/** The text of a cell for the CSV export. */
export function exportValue(key: ColumnKey, item: NumberSummary, locale: Locale, words: (key: string) => string): string {
  switch (key) {
    case 'status':
      return item.deadlineOn === null ? words('status.none') : words(`status.${item.status.state}`);
    case 'number':
      return item.formatted;
    case 'kind':
      return words(`kinds.${item.kind}`);
    case 'deadline':
      return item.deadlineOn ?? '';
    case 'cost':
      return item.planCost ? formatMoney(item.planCost, locale) : '';
    default:
      return item[key];
  }
}
