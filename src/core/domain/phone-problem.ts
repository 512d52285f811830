// Why a number that does not read as a valid one was refused, in the words of libphonenumber's own
// diagnostics (its parse errors and `validatePhoneNumberLength`), never a length table of our own.
import { Metadata, getCountryCallingCode, validatePhoneNumberLength, type CountryCode, type NumberingPlan, type PhoneNumber } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/max/metadata';
import type { PhoneProblem } from '#shared/phone-characters.ts';

const callingCodes = metadata.country_calling_codes;

/** The calling code a number is read with: its own, else the one it starts with (+44), else the country's. */
function callingCodeOf(text: string, country: string | null, parsed: PhoneNumber | undefined): string | null {
  if (parsed) return parsed.countryCallingCode;
  if (!text.startsWith('+')) return country === null ? null : getCountryCallingCode(country as CountryCode);
  const digits = text.replace(/\D/g, '');
  for (let length = 1; length <= Math.min(3, digits.length); length += 1) {
    const code = digits.slice(0, length);
    if (Object.hasOwn(callingCodes, code) || Object.hasOwn(metadata.nonGeographic, code)) return code;
  }
  return null;
}

/**
 * The country a number's length and validity were judged for: the one it was read as, else the chosen one
 * when it has that calling code (Guernsey for +44 with Guernsey chosen), else the code's main country
 * (United Kingdom for +44, United States for +1). A code of no country (+800, +882) stands for itself.
 */
function judgedCountry(parsed: PhoneNumber | undefined, country: string | null, callingCode: string): string {
  if (parsed?.country) return parsed.country;
  const countries = callingCodes[callingCode] ?? [];
  if (country !== null && (countries as readonly string[]).includes(country)) return country;
  return countries[0] ?? `+${callingCode}`;
}

type LengthVerdict = ReturnType<typeof validatePhoneNumberLength>;

/** libphonenumber's plan of a country (or of a code of none, +800, which it selects by its calling code). */
function numberingPlan(country: string) {
  const metadataOf = new Metadata();
  metadataOf.selectNumberingPlan((country.startsWith('+') ? country.slice(1) : country) as CountryCode);
  // Its plans know their trunk prefix too (the 0 of 07700…), which its type declarations leave out.
  return metadataOf.numberingPlan as (NumberingPlan & { nationalPrefix?: () => string | undefined }) | undefined;
}

/** The lengths a country's numbers have after their calling code, as libphonenumber knows them: "7,9,10". */
function possibleLengths(country: string): string {
  return (numberingPlan(country)?.possibleLengths() ?? []).join(',');
}

/**
 * libphonenumber's length verdict. A national number keeps its trunk prefix when the rest alone would be of
 * no possible length (07700 90 in GB reads as the 7 digits 0770090, a possible length): then the digits
 * after the prefix are what it is too short or too long for.
 */
function lengthVerdict(verdict: LengthVerdict, text: string, parsed: PhoneNumber | undefined, judged: string) {
  if (verdict !== undefined || text.startsWith('+') || !parsed) return { verdict, digits: parsed?.nationalNumber.length ?? 0 };
  const prefix = numberingPlan(judged)?.nationalPrefix?.() ?? '';
  // Kept: every digit typed is in its national number (8 800… in Russia lost its 8, and 800 is the number's own).
  const kept = prefix !== '' && parsed.nationalNumber === text.replace(/\D/g, '') && parsed.nationalNumber.startsWith(prefix);
  if (!kept) return { verdict, digits: parsed.nationalNumber.length };
  const rest = parsed.nationalNumber.slice(prefix.length);
  return { verdict: validatePhoneNumberLength(`+${parsed.countryCallingCode}${rest}`), digits: rest.length };
}

/**
 * Why `text` (ASCII, `00` already read as +, no stray characters) with `country` (known, or null) is no
 * valid number, after libphonenumber's verdict on it. `written` is the number as typed, for the sentence.
 */
export function phoneProblem(text: string, written: string, country: string | null, parsed: PhoneNumber | undefined): PhoneProblem {
  const verdict = validatePhoneNumberLength(text, (country ?? undefined) as CountryCode | undefined);
  if (verdict === 'INVALID_COUNTRY') {
    // No + and no country: nothing says which country's plan to read it in, and the advice says how to tell.
    const code = text.startsWith('+') ? /^\+\D*(\d{1,3})/.exec(text)?.[1] : undefined;
    return code === undefined ? { reason: 'invalid_phone' } : { reason: 'unknown_calling_code', detail: { code } };
  }
  const callingCode = callingCodeOf(text, country, parsed);
  if (callingCode === null) return { reason: 'invalid_phone' };
  const judged = judgedCountry(parsed, country, callingCode);
  const named = { number: written, country: judged };
  const length = lengthVerdict(verdict, text, parsed, judged);
  switch (length.verdict) {
    case 'TOO_SHORT':
      return { reason: 'phone_too_short', detail: named };
    case 'TOO_LONG':
      return { reason: 'phone_too_long', detail: named };
    case 'INVALID_LENGTH':
      return { reason: 'phone_wrong_length', detail: { ...named, digits: length.digits, lengths: possibleLengths(judged) } };
    case undefined:
      // A possible length, yet no number of that country's plan: a range that is not in use (+44 7700 900…).
      return { reason: 'phone_not_valid_there', detail: named };
    default:
      // Not a number at all ("++44"): how to write one is the advice.
      return { reason: 'invalid_phone' };
  }
}
