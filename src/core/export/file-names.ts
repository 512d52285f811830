import type { NumberFilter } from '#shared/number-filter.ts';

/** Whether a list filter leaves numbers out (archived ones hidden, as the list starts, is not counted). */
function narrows(filter: NumberFilter): boolean {
  return (
    filter.search.trim() !== '' ||
    filter.status.length > 0 ||
    [filter.country, filter.carrier, filter.owner, filter.tag, filter.kind, filter.dueWithinDays].some((value) => value !== undefined)
  );
}

/**
 * The name of a numbers export: `keepline-numbers-<day>` for the list as it starts, with `-filtered` when its
 * filters left numbers out, so a partial file is never mistaken for the whole list; `keepline-<day>` for
 * everything (the data page's full record).
 */
export function numbersFileName(day: string, filter: NumberFilter | undefined, extension: 'csv' | 'json', suffix = ''): string {
  if (filter === undefined) return `keepline-${day}${suffix}.${extension}`;
  return `keepline-numbers${narrows(filter) ? '-filtered' : ''}-${day}${suffix}.${extension}`;
}
