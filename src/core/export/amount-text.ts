// Amounts in exports: the same text as minorToText, for 100,000 rows.
import { digitsOf } from '#shared/money.ts';

const digitsByCurrency = new Map<string, number>();

/** Minor units as plain decimal text (1250 USD -> "12.50"), with each currency's digits looked up once. */
export function amountText(amountMinor: number | null, currency: string | null): string | null {
  if (amountMinor === null || currency === null) return null;
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = digitsOf(currency);
    digitsByCurrency.set(currency, digits);
  }
  const sign = amountMinor < 0 ? '-' : '';
  const whole = String(Math.abs(Math.trunc(amountMinor)));
  if (digits === 0) return sign + whole;
  const padded = whole.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
