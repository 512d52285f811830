// The list's columns: what each shows, how it sorts and what it exports.
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import type { NumberSummary, StatusState } from '#shared/numbers.ts';

export const COLUMN_KEYS = ['status', 'country', 'number', 'label', 'owner', 'carrier', 'kind', 'deadline', 'cost'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface Sort {
  key: ColumnKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: Sort = { key: 'deadline', direction: 'ascending' };

const URGENCY: Record<StatusState, number> = { lost: 0, grace: 1, due_soon: 2, ok: 3 };

function byDeadline(a: NumberSummary, b: NumberSummary): number {
  if (a.deadlineEndsAt === b.deadlineEndsAt) return a.id - b.id;
  if (a.deadlineEndsAt === null) return 1;
  if (b.deadlineEndsAt === null) return -1;
  return a.deadlineEndsAt < b.deadlineEndsAt ? -1 : 1;
}

function compareKey(key: ColumnKey, a: NumberSummary, b: NumberSummary, collator: Intl.Collator): number {
  switch (key) {
    case 'deadline':
      return byDeadline(a, b);
    case 'status': {
      const rank = (item: NumberSummary) => (item.deadlineOn === null ? 4 : URGENCY[item.status.state]);
      return rank(a) - rank(b);
    }
    case 'number':
      return collator.compare(a.e164, b.e164);
    case 'cost':
      return collator.compare(a.planCost?.currency ?? '~', b.planCost?.currency ?? '~') || (a.planCost?.amountMinor ?? 0) - (b.planCost?.amountMinor ?? 0);
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** A sorted copy; ties fall back to deadline order so the list never jumps about. */
export function sortNumbers(items: NumberSummary[], sort: Sort, locale: Locale): NumberSummary[] {
  if (sort.key === 'deadline' && sort.direction === 'ascending') return items;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => sign * compareKey(sort.key, a, b, collator) || byDeadline(a, b));
}

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
