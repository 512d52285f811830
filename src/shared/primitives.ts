import * as z from 'zod';

const reason = (name: string) => ({ params: { reason: name } });

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2200;

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0-99 as 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date as the carrier states it (`YYYY-MM-DD`), read in the number's zone. */
export const IsoDate = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate, reason('not_a_date'))
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, reason('date_out_of_range'));

/** A card's expiry month, `YYYY-MM`. */
export const YearMonth = z
  .string()
  .max(7)
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    return year >= 2000 && year <= MAX_YEAR;
  }, reason('date_out_of_range'));

// Building a DateTimeFormat costs about 0.25 ms: an import of many rows checks the same few zones again and again.
const knownZones = new Set<string>();

export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    if (knownZones.size < 1000 && (name.includes('/') || name === 'UTC')) knownZones.add(name);
    // Offsets such as "+03:00" pass Intl but are not IANA zones: carriers live in named zones.
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

export const TimeZone = z.string().max(64).refine(isTimeZone, reason('unknown_zone'));

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return supportedCurrencies.has(code);
}

/** How many minor digits a currency has (JPY 0, USD 2, KWD 3), from the runtime's ICU data. */
const digitsByCurrency = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    // Building an Intl formatter costs tens of microseconds: once per currency, not once per amount.
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * An ISO 4217 code. Anything else ("新币", "sgd", "XYZ") is one refusal, `unknown_currency`, whose sentence asks for the
 * three letters: a failed pattern alone would say only "has the wrong format". The pattern stays in the JSON Schema.
 */
export const CurrencyCode = z
  .string()
  .refine((code) => /^[A-Z]{3}$/.test(code) && isCurrency(code), reason('unknown_currency'))
  .meta({ pattern: '^[A-Z]{3}$' });

export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

/** Money is never a float: an integer of minor units with its ISO 4217 code. */
export const Money = z.strictObject({
  amountMinor: z.int().min(0).max(1_000_000_000_000),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export const PERIOD_UNITS = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const Period = z
  .strictObject({
    count: z.int().min(1).max(3650),
    unit: z.enum(PERIOD_UNITS),
  })
  .refine((p) => p.unit === 'days' || (p.unit === 'months' ? p.count <= 120 : p.count <= 10), {
    params: { reason: 'too_big' },
    path: ['count'],
  });
export type Period = z.infer<typeof Period>;

export const Text = (max: number) => z.string().max(max);
export const Id = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
