// Money as people type and read it. Amounts travel as integers of minor units: text is converted by
// moving the decimal point in the string, never by multiplying a float.
import { readAmount } from './amount-text.ts';
import type { Locale } from './locale.ts';
import { isCurrency, minorDigits, type Money } from './primitives.ts';

export type MoneyParse =
  | { ok: true; amountMinor: number }
  | { ok: false; reason: 'bad_format' | 'too_many_decimals' | 'ambiguous_amount'; detail?: Record<string, string> };

/** Minor digits of a currency; a code the runtime does not know falls back to 2 (the server names it). */
export function digitsOf(currency: string): number {
  return isCurrency(currency) ? minorDigits(currency) : 2;
}

/**
 * Reads an amount as people write it ("12", "12.5", "12,50", "1,500", "1.234,50", "１８"; see readAmount) as minor
 * units of `currency`. An amount that could be either of two, a thousand times apart, is refused with both readings.
 */
export function parseMoney(text: string, currency: string): MoneyParse {
  const digits = digitsOf(currency);
  const read = readAmount(text, digits);
  if (!read.ok) {
    if (read.reason === 'bad_format') return { ok: false, reason: 'bad_format' };
    return { ok: false, reason: 'ambiguous_amount', detail: { grouped: read.grouped, decimal: read.decimal } };
  }
  const [whole = '', written = ''] = read.decimal.split('.');
  // Trailing zeros carry no value: "500.00" yen is 500 yen.
  const fraction = written.replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: 'too_many_decimals' };
  const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const amountMinor = Number(minorText);
  if (!Number.isSafeInteger(amountMinor)) return { ok: false, reason: 'bad_format' };
  return { ok: true, amountMinor };
}

/** Minor units as plain decimal text for an input: 1250 USD -> "12.50", 500 JPY -> "500", 1500 KWD -> "1.500". */
export function minorToText(amountMinor: number, currency: string): string {
  const digits = digitsOf(currency);
  const text = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

// Building a NumberFormat costs far more than formatting with one; lists and exports format a price per row.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Money for reading, in the locale's currency format: "$12.50", "¥500", "US$12.50". */
export function formatMoney(money: Money, locale: Locale): string {
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  // Intl reads a decimal string exactly, so no float ever stands between storage and display.
  return format.format(minorToText(money.amountMinor, money.currency) as `${number}`);
}
