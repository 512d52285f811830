import type { Change } from '#shared/events.ts';
import { formatDay, formatPeriod, type Locale } from '#shared/locale.ts';
import { fieldLabel } from '#shared/messages.ts';
import { formatMoney } from '#shared/money.ts';

function isMoney(value: unknown): value is { amountMinor: number; currency: string } {
  return typeof value === 'object' && value !== null && 'amountMinor' in value && 'currency' in value;
}

function isPeriod(value: unknown): value is { count: number; unit: 'days' | 'months' | 'years' } {
  return typeof value === 'object' && value !== null && 'count' in value && 'unit' in value;
}

/** A changed value for reading: dates, money and periods in the locale's words; nothing as a dash. */
export function changeValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, locale);
  if (isMoney(value)) return formatMoney(value, locale);
  if (isPeriod(value)) return formatPeriod(value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function changeField(change: Change, locale: Locale, deadlineLabel: string): string {
  return change.field === 'deadlineOn' ? deadlineLabel : fieldLabel(change.field, locale);
}
