// From what people type to what the API takes. Problems found here use the same reasons and sentences
// as the server's, and nothing is sent while there are any.
import { readAmount } from '#shared/amount-text.ts';
import { digitsOf, minorToText, parseMoney } from '#shared/money.ts';
import type { Money, Period } from '#shared/primitives.ts';
import { normalizeTyped } from '#shared/typed-text.ts';
import type { Issue } from './errors.ts';
import type { MoneyDraft } from './MoneyFields.tsx';
import type { PeriodDraft } from './PeriodInput.tsx';

/** Minor units from text, or null when empty; a refusal is added to `issues` under `key`. */
export function minorFromText(text: string, currency: string, key: string, issues: Issue[]): number | null {
  const typed = normalizeTyped(text).trim();
  if (typed === '') return null;
  // "-1" is well written: what is wrong is that it is below zero, as the server would say.
  if (typed.startsWith('-') && readAmount(typed.slice(1).trim(), null).ok) {
    issues.push({ field: key, reason: 'too_small', detail: { min: 0 } });
    return null;
  }
  const parsed = parseMoney(typed, currency);
  if (parsed.ok) return parsed.amountMinor;
  issues.push({ field: key, reason: parsed.reason, detail: { currency: currency || '—', digits: digitsOf(currency), ...parsed.detail } });
  return null;
}

export function moneyFromDraft(
  draft: MoneyDraft,
  keys: { amount: string; currency: string },
  issues: Issue[],
  required: boolean,
): Money | null {
  if (draft.amount.trim() === '') {
    if (required) issues.push({ field: keys.amount, reason: 'required' });
    return null;
  }
  const currency = normalizeTyped(draft.currency).trim().toUpperCase();
  if (currency === '') {
    // The amount is read even so, for both problems to show at once; its decimals (and what a separator means) wait for the currency.
    const found: Issue[] = [];
    minorFromText(draft.amount, currency, keys.amount, found);
    const waiting = new Set(['too_many_decimals', 'ambiguous_amount']);
    issues.push(...found.filter((issue) => !waiting.has(issue.reason)), { field: keys.currency, reason: 'required' });
    return null;
  }
  const amountMinor = minorFromText(draft.amount, currency, keys.amount, issues);
  return amountMinor === null ? null : { amountMinor, currency };
}

export function moneyToDraft(money: Money | null, fallbackCurrency = ''): MoneyDraft {
  return money
    ? { amount: minorToText(money.amountMinor, money.currency), currency: money.currency }
    : { amount: '', currency: fallbackCurrency };
}

/** A period from its inputs; an empty count is "none" unless `required`. */
export function periodFromDraft(draft: PeriodDraft, key: string, issues: Issue[], required: boolean): Period | null {
  const count = normalizeTyped(draft.count).trim();
  if (count === '') {
    if (required) issues.push({ field: `${key}.count`, reason: 'required' });
    return null;
  }
  if (!/^-?\d+$/.test(count)) {
    issues.push({ field: `${key}.count`, reason: 'not_integer' });
    return null;
  }
  if (Number(count) < 1) {
    issues.push({ field: `${key}.count`, reason: 'too_small', detail: { min: 1 } });
    return null;
  }
  return { count: Number(count), unit: draft.unit };
}

export function periodToDraft(period: Period | null, fallback: PeriodDraft = { count: '', unit: 'months' }): PeriodDraft {
  return period ? { count: String(period.count), unit: period.unit } : fallback;
}

/** "" means not given. */
export function dateOrNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}
