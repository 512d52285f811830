import { getCountries } from 'libphonenumber-js/min';
import { regionName, type Locale } from '#shared/locale.ts';
import { displayNames } from './intl-cache.ts';

/** A country's name in the UI language, falling back to its code (the messages' own `regionName`). */
export function countryName(code: string, locale: Locale): string {
  return code ? regionName(code, locale) : '';
}

/** Every country a phone number can belong to, sorted by its name in the UI language. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return getCountries()
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zones: string[] | null = null;

export function timeZoneNames(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

let currencies: string[] | null = null;

export function currencyCodes(): string[] {
  currencies ??= Intl.supportedValuesOf('currency');
  return currencies;
}

/** A currency's name in the UI language ("Kuwaiti Dinar", "科威特第纳尔"), falling back to its code. */
export function currencyName(code: string, locale: Locale): string {
  try {
    return displayNames(locale, 'currency').of(code) ?? code;
  } catch {
    return code;
  }
}
