import type { InputRaw } from '#shared/contract.ts';
import type { EventFilterValues } from './EventFilters.tsx';

/** The page's filters as the core reads them: its list and its exports take the same. */
export function historyFilter(values: EventFilterValues): InputRaw<'export.historyCsv'> {
  const { kind, ...rest } = values;
  return { ...rest, kinds: kind ? [kind] : [] };
}
