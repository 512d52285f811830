// One spreadsheet row -> the fields it gives a number, with every problem named by field.
import type { FieldReason } from '#shared/errors.ts';
import type { NumberInputRaw, PaymentMethod } from '#shared/numbers.ts';
import type { DateOrder, SheetField } from '#shared/sheet-import.ts';
import { parsePhone, phoneText, type ParsedPhone } from '../domain/phone.ts';
import { zoneForCountry } from '#shared/country-zone.ts';
import { readCountry } from './country-names.ts';
import { readDate } from './sheet-dates.ts';
import { readCardExpiry, readCost, readKind, readPeriod, readTags, readYesNo } from './sheet-values.ts';

export interface RowIssue {
  field: string;
  reason: FieldReason;
  detail?: Record<string, string | number>;
}

export interface RowOptions {
  mapping: (SheetField | null)[];
  dateOrder: DateOrder | null;
  defaultCountry: string | null;
  defaultCurrency: string | null;
}

export interface RowFields {
  /** Only the fields the row fills (empty cells leave a number's value as it is). */
  fields: Partial<NumberInputRaw>;
  /** The zone a new number gets when no column gives one: its country's. */
  derivedZone: string;
  /** The number as read, when it could be. */
  phone: ParsedPhone | null;
  /** The payment cells as read (null: empty), merged with a number's own payment method when it is updated. */
  payment: { label: string | null; cardExpiry: string | null };
  /** Null when the row does not say. */
  archived: boolean | null;
  issues: RowIssue[];
}

function cellGetter(mapping: (SheetField | null)[], cells: string[]) {
  return (field: SheetField): string => {
    const index = mapping.indexOf(field);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
}

/** Reads the mapped cells; phone and country are settled here, the rest is checked by the number schema. */
export function readRow(cells: string[], options: RowOptions): RowFields {
  const cell = cellGetter(options.mapping, cells);
  const fields: Partial<NumberInputRaw> = {};
  const issues: RowIssue[] = [];
  const fail = (issue: RowIssue) => issues.push(issue);

  // As the API reads it: "＋８５２ ５１２３…" typed on a Chinese keyboard is +852 5123… (and so international).
  const phone = phoneText(cell('phone'));
  if (phone === '') fail({ field: 'phone', reason: 'required' });
  fields.phone = phone;

  const countryCell = cell('country');
  let country: string | null = null;
  if (countryCell !== '') {
    country = readCountry(countryCell);
    if (country === null) fail({ field: 'country', reason: 'unknown_country', detail: { written: countryCell } });
    else fields.country = country;
  }
  // The default country is for numbers written without +country code only.
  const international = /^(\+|00)/.test(phone);
  const readWith = country ?? (international ? null : options.defaultCountry);
  if (country === null && readWith !== null) fields.country = readWith;
  const parsed = phone === '' ? null : parsePhone(phone, readWith);
  if (parsed && !parsed.ok) fail({ field: parsed.field, reason: parsed.reason, ...(parsed.detail ? { detail: parsed.detail } : {}) });

  const expiry = cell('expiryDate');
  if (expiry !== '') {
    const date = readDate(expiry, options.dateOrder);
    if (date.ok) fields.expiryDate = date.date;
    else fail({ field: 'expiryDate', reason: date.reason });
  }
  const cost = cell('planCost');
  if (cost !== '') {
    const money = readCost(cost, cell('currency'), options.defaultCurrency, parsed?.ok ? parsed.phone.country : readWith);
    if (money.ok) fields.planCost = money.value;
    else fail({ field: money.field, reason: money.reason, ...(money.detail ? { detail: money.detail } : {}) });
  }
  const period = cell('billingPeriod');
  if (period !== '') {
    const read = readPeriod(period);
    if (read.ok) fields.billingPeriod = read.value;
    else fail({ field: read.field, reason: read.reason });
  }
  const kind = cell('kind');
  if (kind !== '') {
    const read = readKind(kind);
    if (read.ok) fields.kind = read.value;
    else fail({ field: read.field, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) });
  }
  const autoRenew = cell('autoRenew');
  if (autoRenew !== '') {
    const read = readYesNo(autoRenew, 'autoRenew');
    if (read.ok) fields.autoRenew = read.value;
    else fail({ field: read.field, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) });
  }
  let archived: boolean | null = null;
  const archivedCell = cell('archived');
  if (archivedCell !== '') {
    const read = readYesNo(archivedCell, 'archived');
    if (read.ok) archived = read.value;
    else fail({ field: read.field, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) });
  }
  const payment = { label: cell('paymentMethod') || null, cardExpiry: null as string | null };
  const cardExpiry = cell('cardExpiry');
  if (cardExpiry !== '') {
    const read = readCardExpiry(cardExpiry);
    if (read.ok) payment.cardExpiry = read.value;
    else fail({ field: read.field, reason: read.reason });
  }
  const tags = cell('tags');
  if (tags !== '') fields.tags = readTags(tags);
  for (const text of ['label', 'owner', 'carrier', 'planName', 'accountRef', 'notes'] as const) {
    const value = cell(text);
    if (value !== '') fields[text] = value;
  }
  const zone = cell('timeZone');
  if (zone !== '') fields.timeZone = zone;
  const zoneCountry = parsed?.ok ? parsed.phone.country : readWith;
  // Without a readable number there is no country to take a zone from; the phone's own issue says why.
  const derivedZone = (zoneCountry ? zoneForCountry(zoneCountry) : null) ?? 'UTC';
  return { fields, derivedZone, phone: parsed?.ok ? parsed.phone : null, payment, archived, issues };
}

/**
 * The payment method a row gives a number: what the row fills, the rest from the number's own (an update).
 * A card expiry needs a payment method to belong to.
 */
export function paymentOfRow(
  payment: RowFields['payment'],
  existing: PaymentMethod | null,
): { paymentMethod?: { label: string; cardExpiry: string | null }; issue?: RowIssue } {
  if (payment.label === null && payment.cardExpiry === null) return {};
  const label = payment.label ?? existing?.label ?? null;
  if (label === null) return { issue: { field: 'paymentMethod.cardExpiry', reason: 'needs_payment_method' } };
  return { paymentMethod: { label, cardExpiry: payment.cardExpiry ?? existing?.cardExpiry ?? null } };
}
