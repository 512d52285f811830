// What was spent and what keeping the numbers will cost. Currencies are never added together; a converted
// total appears only from the user's own rates, and says which currencies it had no rate for.
import type Database from 'better-sqlite3';
import type { ExchangeRates } from '#shared/exchange-rates.ts';
import type { SpendGroup, SpendingForecast, SpendingSummary, SpendLine } from '#shared/history-contract.ts';
import { digitsOf } from '#shared/money.ts';
import type { HandlerContext } from '../context.ts';
import { moneyOf, periodOf, type NumberRow } from '../db/number-rows.ts';
import { listNumberRows } from '../db/numbers-repo.ts';
import { addPeriod, todayIn } from '../domain/dates.ts';
import { formatE164 } from '../domain/phone.ts';
import { numberStatus, SUMMARY_COLUMNS } from '../records/views.ts';
import { dueSoonDays } from '../handlers/numbers.ts';
import { spentByMonth, spentByNumber, type SpendFilter } from './spending-query.ts';
import { kept } from '../memo-map.ts';

/** Renewals and top-ups are money spent; failed payments, balance checks and the rest are not. */
export const SPENDING_KINDS = ['renewal', 'topup'] as const;

type Amount = { currency: string; amountMinor: number; count: number };

function numberName(e164: string, label: string): string {
  const formatted = formatE164(e164).international;
  return label ? `${label} · ${formatted}` : formatted;
}

export function convert(totals: Amount[], rates: ExchangeRates): SpendingSummary['converted'] {
  if (rates === null) return null;
  const missing: string[] = [];
  let base = 0;
  for (const { currency, amountMinor } of totals) {
    const rate = currency === rates.base ? 1 : rates.rates[currency];
    if (rate === undefined) {
      missing.push(currency);
      continue;
    }
    // A display estimate from the user's rates: floating point is acceptable here, never in stored money.
    base += (amountMinor / 10 ** digitsOf(currency)) * rate * 10 ** digitsOf(rates.base);
  }
  return { base: rates.base, amountMinor: Math.round(base), missing };
}

/** Lines of one breakdown, per key and currency, from finer lines. */
function rollUp<T extends Amount>(lines: T[], keyOf: (line: T) => string, nameOf: (line: T) => string): SpendLine[] {
  const byKey = new Map<string, SpendLine>();
  for (const line of lines) {
    const key = keyOf(line);
    const id = `${key}\u0000${line.currency}`;
    const sum = byKey.get(id);
    if (sum) {
      sum.amountMinor += line.amountMinor;
      sum.count += line.count;
    } else {
      byKey.set(id, { key, name: nameOf(line), currency: line.currency, amountMinor: line.amountMinor, count: line.count });
    }
  }
  return [...byKey.values()];
}

const byKeyThenCurrency = (a: SpendLine, b: SpendLine) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0);
const largestFirst = (a: SpendLine, b: SpendLine) => b.amountMinor - a.amountMinor || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * What was spent, per currency and month (and so per year). Per number, country or owner only when that is
 * the group asked for: those read every number's spending, which the month view does not need.
 */
export function summarizeSpending(db: Database.Database, filter: SpendFilter & { group: SpendGroup }, rates: ExchangeRates): SpendingSummary {
  const months = spentByMonth(db, filter);
  const totals = rollUp(months, (line) => line.currency, (line) => line.currency)
    .map(({ currency, amountMinor, count }) => ({ currency, amountMinor, count }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  const perNumber = filter.group === 'byNumber' || filter.group === 'byCountry' || filter.group === 'byOwner' ? spentByNumber(db, filter) : [];
  const byNumber = filter.group !== 'byNumber' ? [] : perNumber
    .map((line) => ({ key: line.numberId, name: numberName(line.e164, line.label), currency: line.currency, amountMinor: line.amountMinor, count: line.count }))
    .sort((a, b) => b.amountMinor - a.amountMinor || a.key - b.key)
    .map((line) => ({ ...line, key: String(line.key) }));
  return {
    counted: [...SPENDING_KINDS],
    group: filter.group,
    totals,
    byMonth: months.map(({ month, currency, amountMinor, count }) => ({ key: month, name: month, currency, amountMinor, count })),
    byYear: rollUp(months, (line) => line.month.slice(0, 4), (line) => line.month.slice(0, 4)).sort(byKeyThenCurrency),
    byNumber,
    byCountry: filter.group !== 'byCountry' ? [] : rollUp(perNumber, (line) => line.country, (line) => line.country).sort(largestFirst),
    byOwner: filter.group !== 'byOwner' ? [] : rollUp(perNumber, (line) => line.owner, (line) => line.owner).sort(largestFirst),
    converted: convert(totals, rates),
  };
}

function monthsFrom(yearMonth: string, count: number): string[] {
  const months: string[] = [];
  let year = Number(yearMonth.slice(0, 4));
  let month = Number(yearMonth.slice(5, 7));
  for (let i = 0; i < count; i += 1) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The days a plan is charged within [today, the end of the 12th month]: from the paid-through date, one period at a time. */
export function chargeDates(row: Pick<NumberRow, 'billing_count' | 'billing_unit' | 'expiry_date'>, today: string, lastMonth: string): string[] {
  const period = periodOf(row.billing_count, row.billing_unit);
  if (period === null) return [];
  const dates: string[] = [];
  let next = row.expiry_date !== null && row.expiry_date >= today ? row.expiry_date : today;
  while (next.slice(0, 7) <= lastMonth && dates.length < 400) {
    dates.push(next);
    next = addPeriod(next, period);
  }
  return dates;
}

/** What the forecast reads of each number: its status, and its plan's cost and period. */
const FORECAST_COLUMNS = [...SUMMARY_COLUMNS, 'billing_count', 'billing_unit'] as const;
type ForecastRow = Pick<NumberRow, (typeof FORECAST_COLUMNS)[number]>;

export function forecastSpending(ctx: HandlerContext, rates: ExchangeRates): SpendingForecast {
  const now = ctx.clock.now();
  const months = monthsFrom(now.toISOString().slice(0, 7), 12);
  const lastMonth = months[months.length - 1]!;
  const soon = dueSoonDays(ctx);
  const byNumber: SpendLine[] = [];
  const charges: (Amount & { month: string })[] = [];
  const unpriced: SpendingForecast['unpriced'] = [];
  // An agency's numbers share a few paid-through days and periods: each schedule is worked out once.
  const schedules = new Map<string, string[]>();
  const scheduleOf = (row: ForecastRow, today: string) =>
    kept(schedules, `${row.expiry_date}|${today}|${row.billing_count}|${row.billing_unit}`, () => chargeDates(row, today, lastMonth));
  for (const row of listNumberRows(ctx.db, { text: '', digits: '', includeArchived: false }, null, FORECAST_COLUMNS)) {
    if (numberStatus(row, now, soon).state === 'lost') continue;
    const cost = moneyOf(row.plan_cost_minor, row.plan_currency);
    const dates = cost ? scheduleOf(row, todayIn(row.time_zone, now)) : [];
    if (!cost || dates.length === 0) {
      unpriced.push({ id: row.id, e164: row.e164, label: row.label });
      continue;
    }
    byNumber.push({ key: String(row.id), name: numberName(row.e164, row.label), currency: cost.currency, amountMinor: cost.amountMinor * dates.length, count: dates.length });
    for (const date of dates) charges.push({ month: date.slice(0, 7), currency: cost.currency, amountMinor: cost.amountMinor, count: 1 });
  }
  const totalList = rollUp(byNumber, (line) => line.currency, (line) => line.currency)
    .map(({ currency, amountMinor, count }) => ({ currency, amountMinor, count }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return {
    byMonth: rollUp(charges, (charge) => charge.month, (charge) => charge.month).sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency)),
    byNumber: byNumber.sort((a, b) => b.amountMinor - a.amountMinor),
    totals: totalList,
    unpriced,
    converted: convert(totalList, rates),
  };
}
