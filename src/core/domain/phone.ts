import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FieldReason } from '#shared/errors.ts';
import { normalizeTyped } from '#shared/typed-text.ts';
import { strayCharacters } from '#shared/phone-characters.ts';
import { phoneProblem } from './phone-problem.ts';

export interface ParsedPhone {
  e164: string;
  country: string;
}

export type PhoneResult =
  | { ok: true; phone: ParsedPhone }
  | { ok: false; field: 'phone' | 'country'; reason: FieldReason; detail?: Record<string, string | number> };

const knownCountries = new Set<string>(getCountries());

export function isKnownCountry(code: string): boolean {
  return knownCountries.has(code);
}

/** A number as typed, in ASCII: full-width digits and plus (＋８５２ ５１２３) read as +852 5123. */
export function phoneText(input: string): string {
  return normalizeTyped(input).trim();
}

/**
 * Reads a number as people type it: international (+44 7700 900123, 00447700900123, ＋４４…) or national with a
 * country (07700 900123 + GB). When both a country and an international number are given they must agree.
 * A number refused says why: letters in it, too short or too long for its country, no such country code…
 */
export function parsePhone(input: string, country: string | null): PhoneResult {
  if (country !== null && !isKnownCountry(country)) return { ok: false, field: 'country', reason: 'unknown_country' };
  const written = phoneText(input);
  const normalized = written.replace(/^00/, '+');
  const stray = strayCharacters(normalized);
  if (stray) return { ok: false, field: 'phone', ...stray };
  const parsed = parsePhoneNumberFromString(normalized, (country ?? undefined) as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return { ok: false, field: 'phone', ...phoneProblem(normalized, written, country, parsed) };
  const actual = parsed.country ?? '';
  if (country !== null && actual !== '' && actual !== country) {
    return { ok: false, field: 'phone', reason: 'wrong_country', detail: { actual, expected: country } };
  }
  return {
    ok: true,
    // No formatting here: it costs as much as the parse, and views format from the stored E.164 (formatE164).
    phone: { e164: parsed.number, country: actual || country || '' },
  };
}

const formattedCache = new Map<string, { international: string; national: string }>();

/** How a stored number reads; parsing is costly, so each number is formatted once per process. */
export function formatE164(e164: string): { international: string; national: string } {
  let formatted = formattedCache.get(e164);
  if (!formatted) {
    const parsed = parsePhoneNumberFromString(e164);
    formatted = parsed ? { international: parsed.formatInternational(), national: parsed.formatNational() } : { international: e164, national: e164 };
    if (formattedCache.size > 200_000) formattedCache.clear();
    formattedCache.set(e164, formatted);
  }
  return formatted;
}

const internationalCache = new Map<string, string>();

/** The international form alone, as lists show it: half the work of `formatE164` for a number not seen yet. */
export function formatInternational(e164: string): string {
  let international = formattedCache.get(e164)?.international ?? internationalCache.get(e164);
  if (international === undefined) {
    international = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    if (internationalCache.size > 200_000) internationalCache.clear();
    internationalCache.set(e164, international);
  }
  return international;
}

const callingCodes = new Map<string, string>();

/**
 * A number's digits after its country's calling code, without a national leading 0, as people type it at
 * home: `447400126571` in GB -> `7400126571`; '' when the country is not known.
 */
export function nationalDigits(digits: string, country: string): string {
  let code = callingCodes.get(country);
  if (code === undefined) {
    code = isKnownCountry(country) ? getCountryCallingCode(country as CountryCode) : '';
    callingCodes.set(country, code);
  }
  return code !== '' && digits.startsWith(code) ? digits.slice(code.length).replace(/^0+/, '') : '';
}
