// Cells as people type them: costs with symbols and thousands separators, periods, kinds, yes/no.
import type { FieldReason } from '#shared/errors.ts';
import { readAmount } from '#shared/amount-text.ts';
import { digitsOf, parseMoney } from '#shared/money.ts';
import { isCurrency, type Money, type Period } from '#shared/primitives.ts';
import { normalizeTyped } from '#shared/typed-text.ts';

type Read<T> = { ok: true; value: T } | { ok: false; field: string; reason: FieldReason; detail?: Record<string, string | number> };

// A symbol names a currency only where it is not shared ("$" and "¥" are read below).
const SYMBOLS: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '₱': 'PHP', '฿': 'THB',
  '元': 'CNY', '人民币': 'CNY', 'RMB': 'CNY', 'HK$': 'HKD', 'US$': 'USD', 'NT$': 'TWD', 'S$': 'SGD', 'A$': 'AUD', 'C$': 'CAD',
  'R$': 'BRL', 'RM': 'MYR', 'Rp': 'IDR',
};

const SYMBOLS_LONGEST_FIRST = Object.entries(SYMBOLS).sort((a, b) => b[0].length - a[0].length);

/** Symbols several currencies share: the currency column says which, else the number's country when its currency is one of them. */
const SHARED_SYMBOLS: { pattern: RegExp; byCountry: Record<string, string> }[] = [
  { pattern: /\$/g, byCountry: { US: 'USD', CA: 'CAD', AU: 'AUD', HK: 'HKD', SG: 'SGD', NZ: 'NZD', TW: 'TWD' } },
  { pattern: /[¥￥]/g, byCountry: { CN: 'CNY', JP: 'JPY' } },
];

/**
 * A cost cell, with the currency from the cell ("KWD 5.500", "€12", "30元", "RM 30"), the currency column, the number's
 * country for a shared symbol ("$15" on a US number), or the default. A currency in the cell that is not the column's is refused.
 */
export function readCost(cell: string, currencyCell: string, defaultCurrency: string | null, country: string | null = null): Read<Money> {
  // "ＨＫ＄１，５００" as a Chinese keyboard types it is "HK$1,500".
  let text = normalizeTyped(cell).trim();
  let written: string | null = null;
  const code = /(?:^|[^A-Za-z])([A-Za-z]{3})(?:$|[^A-Za-z])/.exec(text);
  if (code && isCurrency(code[1]!.toUpperCase())) {
    written = code[1]!.toUpperCase();
    text = text.replace(code[1]!, '');
  }
  for (const [symbol, name] of SYMBOLS_LONGEST_FIRST) {
    if (text.includes(symbol)) {
      written ??= name;
      text = text.replace(symbol, '');
    }
  }
  let shared: string | null = null;
  for (const { pattern, byCountry } of SHARED_SYMBOLS) {
    if (text.search(pattern) < 0) continue;
    shared ??= country === null ? null : (byCountry[country] ?? null);
    text = text.replace(pattern, '');
  }
  text = text.trim();
  let currency = written;
  const column = normalizeTyped(currencyCell).trim().toUpperCase();
  if (column !== '') {
    if (!isCurrency(column)) return { ok: false, field: 'planCost.currency', reason: 'unknown_currency' };
    if (written !== null && written !== column) return { ok: false, field: 'planCost.currency', reason: 'currency_conflict', detail: { written, column } };
    currency = column;
  }
  currency ??= shared ?? defaultCurrency;
  // The amount is read as the form reads a typed one (parseMoney); first without its currency, to say which is wrong.
  if (readAmount(text, null).ok === false) return { ok: false, field: 'planCost', reason: 'bad_format' };
  if (currency === null) return { ok: false, field: 'planCost', reason: 'needs_currency' };
  const parsed = parseMoney(text, currency);
  if (!parsed.ok) return { ok: false, field: 'planCost', reason: parsed.reason, detail: { currency, digits: digitsOf(currency), ...parsed.detail } };
  return { ok: true, value: { amountMinor: parsed.amountMinor, currency } };
}

const UNIT_WORDS: [RegExp, Period['unit']][] = [
  [/^(d|day|days|天|日)$/, 'days'],
  [/^(m|mo|mon|month|months|月|个月|個月)$/, 'months'],
  [/^(y|yr|year|years|年)$/, 'years'],
];
const ADVERBS: Record<string, Period> = {
  monthly: { count: 1, unit: 'months' }, 每月: { count: 1, unit: 'months' }, 月付: { count: 1, unit: 'months' },
  yearly: { count: 1, unit: 'years' }, annually: { count: 1, unit: 'years' }, annual: { count: 1, unit: 'years' }, 每年: { count: 1, unit: 'years' }, 年付: { count: 1, unit: 'years' },
  weekly: { count: 7, unit: 'days' }, quarterly: { count: 3, unit: 'months' }, 每季度: { count: 3, unit: 'months' },
};

/** "1 month", "30 days", "12m", "3个月", "monthly", "每年". */
export function readPeriod(cell: string): Read<Period> {
  const text = cell.trim().toLowerCase();
  const adverb = ADVERBS[text];
  if (adverb) return { ok: true, value: adverb };
  const match = /^(\d{1,4})\s*(.+)$/.exec(text);
  const unit = match ? UNIT_WORDS.find(([pattern]) => pattern.test(match[2]!.trim()))?.[1] : undefined;
  if (!match || !unit) return { ok: false, field: 'billingPeriod', reason: 'bad_format' };
  return { ok: true, value: { count: Number(match[1]), unit } };
}

const KINDS: Record<string, 'physical' | 'esim' | 'virtual'> = {
  physical: 'physical', sim: 'physical', physicalsim: 'physical', 实体卡: 'physical', 实体sim: 'physical', sim卡: 'physical',
  esim: 'esim', esim卡: 'esim', 'e-sim': 'esim',
  virtual: 'virtual', voip: 'virtual', virtualnumber: 'virtual', 虚拟: 'virtual', 虚拟号码: 'virtual', 虚拟号: 'virtual',
};

export function readKind(cell: string): Read<'physical' | 'esim' | 'virtual'> {
  const kind = KINDS[cell.trim().toLowerCase().replace(/[\s_]/g, '')];
  return kind ? { ok: true, value: kind } : { ok: false, field: 'kind', reason: 'not_allowed_value', detail: { values: 'physical, esim, virtual' } };
}

export function readYesNo(cell: string, field: string): Read<boolean> {
  const text = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'on', '是', '开', '开启', '√', '✓'].includes(text)) return { ok: true, value: true };
  if (['no', 'n', 'false', '0', 'off', '否', '关', '关闭', '×'].includes(text)) return { ok: true, value: false };
  return { ok: false, field, reason: 'not_allowed_value', detail: { values: 'yes, no' } };
}

const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/;

/** A card's expiry month as cards and spreadsheets write it: "2027-04", "2027/4", "04/27", "04/2027", "2027年4月". */
export function readCardExpiry(cell: string): Read<string> {
  const text = cell.trim();
  const yearFirst = YEAR_MONTH.exec(text);
  const monthFirst = yearFirst ? null : MONTH_YEAR.exec(text);
  const [year, month] = yearFirst
    ? [Number(yearFirst[1]), Number(yearFirst[2])]
    : monthFirst
      ? [monthFirst[2]!.length === 2 ? 2000 + Number(monthFirst[2]) : Number(monthFirst[2]), Number(monthFirst[1])]
      : [0, 0];
  if (month < 1 || month > 12) return { ok: false, field: 'paymentMethod.cardExpiry', reason: 'bad_format' };
  return { ok: true, value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` };
}

/** "work, travel" or "work；travel" or "work 、travel". */
export function readTags(cell: string): string[] {
  const seen = new Set<string>();
  return cell
    .split(/[,;，；、|]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}
