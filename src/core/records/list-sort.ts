// The list's order for every column but the deadline (which SQL walks on its index): compared the way a
// person reads the column in their language (numbers inside text by value, letter case and accents aside).
import type { Locale } from '#shared/locale.ts';
import type { ListSort } from '#shared/number-list.ts';
import type { SortColumns } from '../db/number-list-query.ts';

function byDeadline(a: SortColumns, b: SortColumns): number {
  if (a.deadline_ends_at === b.deadline_ends_at) return a.id - b.id;
  if (a.deadline_ends_at === null) return 1;
  if (b.deadline_ends_at === null) return -1;
  return a.deadline_ends_at < b.deadline_ends_at ? -1 : 1;
}

const collators = new Map<Locale, Intl.Collator>();

function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

function compareKey(key: ListSort['key'], a: SortColumns, b: SortColumns, collator: Intl.Collator): number {
  switch (key) {
    case 'deadline':
      return byDeadline(a, b);
    case 'status':
      return Number(a.value) - Number(b.value);
    case 'cost':
      // Without a price the currency reads as "~", which sorts before any code, as it always has.
      return collator.compare(String(a.value ?? '~'), String(b.value ?? '~')) || (a.amount ?? 0) - (b.amount ?? 0);
    default:
      return collator.compare(String(a.value), String(b.value));
  }
}

/** The ids in the sort's order; ties keep deadline order (ascending), so the list never jumps about. */
export function sortedIds(rows: SortColumns[], sort: ListSort, locale: Locale): number[] {
  const collator = collatorFor(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => sign * compareKey(sort.key, a, b, collator) || byDeadline(a, b)).map((row) => row.id);
}
