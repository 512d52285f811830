import type { Locale } from '#shared/locale.ts';
import { explainDeadline } from '#shared/messages.ts';
import type { NumberSummary, NumberView, RuleDeadline, Status } from '#shared/numbers.ts';
import { computeDeadlines, type ComputedDeadline, type EventLookup } from '../domain/deadlines.ts';
import { statusAt } from '../domain/lapse.ts';
import { daysBetween, todayIn } from '../domain/dates.ts';
import { formatE164, formatInternational } from '../domain/phone.ts';
import { moneyOf, periodOf, readPhases, readTags, stateOf, type NumberRow } from '../db/number-rows.ts';

function ruleDeadlineView(computed: ComputedDeadline, locale: Locale): RuleDeadline {
  return {
    on: computed.on,
    endsAt: computed.endsAt?.toISOString() ?? null,
    explanation: computed.explanation,
    sentence: explainDeadline(computed.explanation, locale),
  };
}

let isoOf = { ms: Number.NaN, iso: '' };

/** `now` as stored instants are written (ISO 8601 UTC, which compare as text); a list asks once per row. */
function nowIso(now: Date): string {
  if (isoOf.ms !== now.getTime()) isoOf = { ms: now.getTime(), iso: now.toISOString() };
  return isoOf.iso;
}

// The parsed tags are shared (see readTags); each summary gets its own array.
function tagsOf(row: Pick<NumberRow, 'tags'>): string[] {
  return [...readTags(row)];
}

const NO_DEADLINE: Status = { state: 'ok', phaseIndex: null, phaseName: null, daysLeft: null };

/** The columns a summary reads: a list selects only these. */
export const SUMMARY_COLUMNS = [
  'id', 'e164', 'country', 'label', 'owner', 'carrier', 'kind', 'time_zone', 'tags', 'archived', 'plan_cost_minor', 'plan_currency',
  'auto_renew', 'expiry_date', 'deadline_on', 'deadline_ends_at', 'number_lost_at', 'lapse_phases',
] as const satisfies readonly (keyof NumberRow)[];
export type SummaryRow = Pick<NumberRow, (typeof SUMMARY_COLUMNS)[number]>;

/** A number's status alone: what a summary shows of it, without the rest of the summary. */
export function numberStatus(row: SummaryRow, now: Date, dueSoonDays: number): Status {
  if (row.deadline_on === null || row.deadline_ends_at === null) return { ...NO_DEADLINE };
  // Before the deadline and past the materialized "number lost" instant need no phase arithmetic: long
  // lists stay fast. Only a number in grace reads its phases, to name the one it is in.
  const at = nowIso(now);
  const daysLeft = daysBetween(todayIn(row.time_zone, now), row.deadline_on);
  if (at < row.deadline_ends_at) return { state: daysLeft <= dueSoonDays ? 'due_soon' : 'ok', phaseIndex: null, phaseName: null, daysLeft };
  if (row.number_lost_at !== null && at >= row.number_lost_at) return { state: 'lost', phaseIndex: null, phaseName: null, daysLeft };
  return statusAt(now, { on: row.deadline_on, endsAt: new Date(row.deadline_ends_at) }, row.time_zone, readPhases(row), dueSoonDays);
}

export function numberSummary(row: SummaryRow, now: Date, dueSoonDays: number): NumberSummary {
  return {
    id: row.id,
    e164: row.e164,
    formatted: formatInternational(row.e164),
    country: row.country,
    label: row.label,
    owner: row.owner,
    carrier: row.carrier,
    kind: row.kind,
    timeZone: row.time_zone,
    tags: tagsOf(row),
    archived: row.archived === 1,
    planCost: moneyOf(row.plan_cost_minor, row.plan_currency),
    autoRenew: row.auto_renew === 1,
    expiryDate: row.expiry_date,
    deadlineOn: row.deadline_on,
    deadlineEndsAt: row.deadline_ends_at,
    status: numberStatus(row, now, dueSoonDays),
  };
}

export function numberView(row: NumberRow, now: Date, dueSoonDays: number, locale: Locale, lookup: EventLookup): NumberView {
  const state = stateOf(row);
  const { perRule, next } = computeDeadlines(state, row.time_zone, lookup);
  const formatted = formatE164(row.e164);
  return {
    ...numberSummary(row, now, dueSoonDays),
    formatted: formatted.international,
    national: formatted.national,
    accountRef: row.account_ref,
    planName: row.plan_name,
    billingPeriod: periodOf(row.billing_count, row.billing_unit),
    paymentMethod: row.payment_label === null ? null : { label: row.payment_label, cardExpiry: row.payment_card_expiry },
    notes: row.notes,
    rules: state.rules,
    ruleDeadlines: perRule.map((computed) => ruleDeadlineView(computed, locale)),
    lapsePhases: readPhases(row),
    deadline: next ? ruleDeadlineView(next, locale) : null,
    creditLostAt: row.credit_lost_at,
    numberLostAt: row.number_lost_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
