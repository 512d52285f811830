import type { NumberInput } from '#shared/numbers.ts';
import { KeeplineError } from '../errors.ts';
import { parsePhone, type ParsedPhone } from '../domain/phone.ts';
import type { KeepAliveState } from '../domain/state.ts';
import type { NumberColumns } from '../db/numbers-repo.ts';
import { moneyOf, periodOf, readPhases, readRules, readTags, stateColumns, type NumberRow } from '../db/number-rows.ts';
import type { FieldIssue } from '#shared/errors.ts';

type Issue = Omit<FieldIssue, 'message'>;

/** Checks what a schema cannot: the phone number itself and how fields depend on each other. */
export function checkNumberInput(input: NumberInput): ParsedPhone {
  const issues: Issue[] = [];
  const phone = parsePhone(input.phone, input.country);
  if (!phone.ok) issues.push({ field: phone.field, reason: phone.reason, ...(phone.detail ? { detail: phone.detail } : {}) });
  input.rules.forEach((rule, index) => {
    if (rule.kind === 'fee' && input.billingPeriod === null) {
      issues.push({ field: `rules.${index}`, reason: 'needs_billing_period' });
    }
  });
  if (issues.length > 0 || !phone.ok) throw new KeeplineError('invalid_input', {}, issues);
  return phone.phone;
}

/** Keeps "set by event #n" on rules the edit left as they were. */
function carrySources(previous: KeepAliveState | null, input: NumberInput): (number | null)[] {
  return input.rules.map((rule, index) => {
    const before = previous?.rules[index];
    if (!before || before.kind !== rule.kind) return null;
    if ('lastOn' in before && 'lastOn' in rule && before.lastOn === rule.lastOn) return previous.ruleSources[index] ?? null;
    return null;
  });
}

export function stateFromInput(input: NumberInput, previous: KeepAliveState | null): KeepAliveState {
  return {
    expiryDate: input.expiryDate,
    expiryEventId: previous && previous.expiryDate === input.expiryDate ? previous.expiryEventId : null,
    rules: input.rules,
    ruleSources: carrySources(previous, input),
    planName: input.planName,
    planCost: input.planCost,
    billingPeriod: input.billingPeriod,
  };
}

/** Every column but the deadline ones and the bookkeeping, from a checked input. */
export function columnsFromInput(input: NumberInput, phone: ParsedPhone, state: KeepAliveState) {
  return {
    e164: phone.e164,
    digits: phone.e164.slice(1),
    country: phone.country,
    label: input.label,
    owner: input.owner,
    carrier: input.carrier,
    account_ref: input.accountRef,
    kind: input.kind,
    time_zone: input.timeZone,
    auto_renew: input.autoRenew ? 1 : 0,
    payment_label: input.paymentMethod?.label ?? null,
    payment_card_expiry: input.paymentMethod?.cardExpiry ?? null,
    tags: JSON.stringify(input.tags),
    notes: input.notes,
    lapse_phases: JSON.stringify(input.lapsePhases),
    ...stateColumns(state),
  } satisfies Partial<NumberColumns>;
}

/** A stored number as the input that would save it unchanged (exports, and imports that update a row). */
export function inputOfRow(row: NumberRow): NumberInput {
  return {
    phone: row.e164,
    country: row.country || null,
    label: row.label,
    owner: row.owner,
    carrier: row.carrier,
    accountRef: row.account_ref,
    kind: row.kind,
    timeZone: row.time_zone,
    planName: row.plan_name,
    planCost: moneyOf(row.plan_cost_minor, row.plan_currency),
    billingPeriod: periodOf(row.billing_count, row.billing_unit),
    expiryDate: row.expiry_date,
    autoRenew: row.auto_renew === 1,
    paymentMethod: row.payment_label === null ? null : { label: row.payment_label, cardExpiry: row.payment_card_expiry },
    tags: readTags(row),
    notes: row.notes,
    rules: readRules(row),
    lapsePhases: readPhases(row),
  };
}
