import type { TFunction } from 'i18next';
import type { Locale } from '#shared/locale.ts';
import type { InputRaw } from '#shared/contract.ts';
import { listFormat } from '../../format/intl-cache.ts';
import { countryName } from '../../format/regions.ts';
import type { EventFilterValues } from '../history/EventFilters.tsx';
import { numberChoiceName } from '../history/numberChoiceName.ts';
import type { FilterOptions } from '../history/useFilterOptions.ts';

/** The spending page's filters that select numbers: what the forecast takes (it is of the next 12 months, so no dates). */
export function forecastFilter(values: EventFilterValues): Omit<InputRaw<'spending.forecast'>, 'lines'> {
  const { numberId, numberSearch, owner, country, carrier } = values;
  return { numberId, numberSearch, owner, country, carrier };
}

/** Which numbers the forecast is of, in a sentence ("Forecast for owner Helios Solar"); null for every number. */
export function forecastScope(values: EventFilterValues, numbers: FilterOptions['numbers'], t: TFunction, locale: Locale): string | null {
  const parts: string[] = [];
  if (values.numberId !== undefined) {
    const chosen = numbers.find((number) => number.id === values.numberId);
    // The names arrive with the page; until then, the number unnamed.
    parts.push(chosen ? t('data.spending.scope.number', { name: numberChoiceName(chosen) }) : t('data.spending.scope.oneNumber'));
  } else if (values.numberSearch) parts.push(t('data.spending.scope.numberSearch', { text: values.numberSearch }));
  if (values.owner !== undefined) parts.push(t('data.spending.scope.owner', { owner: values.owner }));
  if (values.country !== undefined) parts.push(t('data.spending.scope.country', { country: countryName(values.country, locale) || values.country }));
  if (values.carrier !== undefined) parts.push(t('data.spending.scope.carrier', { carrier: values.carrier }));
  return parts.length === 0 ? null : t('data.spending.forecastFor', { filters: listFormat(locale, 'conjunction').format(parts) });
}
