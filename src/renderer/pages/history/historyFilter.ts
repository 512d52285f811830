import type { InputRaw } from '#shared/contract.ts';
import type { ApiError } from '#shared/errors.ts';
import type { Locale } from '#shared/locale.ts';
import { errorMessage, issuesOf } from '../../forms/errors.ts';
import type { EventFilterValues } from './EventFilters.tsx';

/** The page's filters as the core reads them: its list and its exports take the same. */
export function historyFilter(values: EventFilterValues): InputRaw<'export.historyCsv'> {
  const { kind, ...rest } = values;
  return { ...rest, kinds: kind ? [kind] : [] };
}

/** The sentence for a refusal of the dates themselves (To before From), which the filters show beside To; else null. */
export function datesRefusal(error: ApiError, locale: Locale): string | null {
  return issuesOf(error)?.some((issue) => issue.field === 'to') ? errorMessage(error, locale) : null;
}
