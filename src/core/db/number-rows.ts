import * as z from 'zod';
import { LapsePhase, Rule } from '#shared/rules.ts';
import type { NumberKind } from '#shared/numbers.ts';
import type { Money, Period, PeriodUnit } from '#shared/primitives.ts';
import type { KeepAliveState } from '../domain/state.ts';

/** A `numbers` row as SQLite holds it. */
export interface NumberRow {
  id: number;
  e164: string;
  digits: string;
  country: string;
  label: string;
  owner: string;
  carrier: string;
  account_ref: string;
  kind: NumberKind;
  time_zone: string;
  plan_name: string;
  plan_cost_minor: number | null;
  plan_currency: string | null;
  billing_count: number | null;
  billing_unit: PeriodUnit | null;
  expiry_date: string | null;
  expiry_event_id: number | null;
  auto_renew: 0 | 1;
  payment_label: string | null;
  payment_card_expiry: string | null;
  tags: string;
  notes: string;
  rules: string;
  rule_sources: string;
  lapse_phases: string;
  archived: 0 | 1;
  deadline_on: string | null;
  deadline_ends_at: string | null;
  credit_lost_at: string | null;
  number_lost_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

// JSON columns are checked on the way out too: a hand-edited or damaged cell fails loudly, not silently.
const StoredRules = z.array(Rule);
const StoredSources = z.array(z.int().nullable());
const StoredPhases = z.array(LapsePhase);
const StoredTags = z.array(z.string());

export function moneyOf(minor: number | null, currency: string | null): Money | null {
  return minor === null || currency === null ? null : { amountMinor: minor, currency };
}

export function periodOf(count: number | null, unit: PeriodUnit | null): Period | null {
  return count === null || unit === null ? null : { count, unit };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * A reader of one JSON column. The same few texts recur across rows and across the reads of one change (a
 * renewal reads a number's rules and phases five or six times, a list shares a few sets of tags): each text
 * is parsed and checked once, and the value, shared from then on, is frozen, so a caller that changed it
 * would throw rather than alter another's.
 */
function jsonColumn<T>(schema: z.ZodType<T>): (text: string) => T {
  const parsed = new Map<string, T>();
  return (text) => {
    let value = parsed.get(text);
    if (value === undefined) {
      value = deepFreeze(schema.parse(JSON.parse(text)));
      if (parsed.size >= 5_000) parsed.clear();
      parsed.set(text, value);
    }
    return value;
  };
}

const rulesOf = jsonColumn(StoredRules);
const phasesOf = jsonColumn(StoredPhases);
const sourcesOf = jsonColumn(StoredSources);
const tagsOf = jsonColumn(StoredTags);

export const readRules = (row: Pick<NumberRow, 'rules'>) => rulesOf(row.rules);
export const readPhases = (row: Pick<NumberRow, 'lapse_phases'>) => phasesOf(row.lapse_phases);
export const readTags = (row: Pick<NumberRow, 'tags'>) => tagsOf(row.tags);

export function stateOf(row: NumberRow): KeepAliveState {
  return {
    expiryDate: row.expiry_date,
    expiryEventId: row.expiry_event_id,
    rules: readRules(row),
    ruleSources: sourcesOf(row.rule_sources),
    planName: row.plan_name,
    planCost: moneyOf(row.plan_cost_minor, row.plan_currency),
    billingPeriod: periodOf(row.billing_count, row.billing_unit),
  };
}

/** The columns a keep-alive state occupies. */
export function stateColumns(state: KeepAliveState) {
  return {
    expiry_date: state.expiryDate,
    expiry_event_id: state.expiryEventId,
    rules: JSON.stringify(state.rules),
    rule_sources: JSON.stringify(state.ruleSources),
    plan_name: state.planName,
    plan_cost_minor: state.planCost?.amountMinor ?? null,
    plan_currency: state.planCost?.currency ?? null,
    billing_count: state.billingPeriod?.count ?? null,
    billing_unit: state.billingPeriod?.unit ?? null,
  };
}
