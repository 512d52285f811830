// What a reminder asks the user to do, read from a number's stored rules without computing its deadlines:
// a scan words up to hundreds of reminders inside its write transaction, and only needs the dates.
import { PERIOD_UNITS, type Period } from '#shared/primitives.ts';
import type { LapsePhase, RuleKind } from '#shared/rules.ts';
import { addPeriod } from '../domain/dates.ts';
import { readPhases, readRules, type NumberRow } from '../db/number-rows.ts';

export type DeadlineAction = 'activity' | 'topup' | 'renew';

/** The parts of a rule that date a deadline. */
export interface RuleDates {
  kind: RuleKind;
  every?: Period;
  lastOn?: string | null;
  overrideOn?: string | null;
}

const RULE_KINDS: readonly unknown[] = ['activity', 'topup', 'validity', 'fee'];
const UNITS: readonly unknown[] = PERIOD_UNITS;

const isDay = (value: unknown) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isPeriod = (value: unknown): value is Period =>
  typeof value === 'object' && value !== null && Number.isInteger((value as Period).count) && UNITS.includes((value as Period).unit);

function isRuleDates(value: unknown): value is RuleDates {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as RuleDates;
  if (!RULE_KINDS.includes(rule.kind)) return false;
  if (rule.kind !== 'activity' && rule.kind !== 'topup') return true;
  return isPeriod(rule.every) && isDay(rule.lastOn ?? null) && isDay(rule.overrideOn ?? null);
}

/**
 * The stored rules' dates. A cell these do not fit (damaged, edited by hand) goes through the full schema
 * check, which names what is wrong.
 */
export function readRuleDates(row: Pick<NumberRow, 'rules'>): readonly RuleDates[] {
  const rules: unknown = JSON.parse(row.rules);
  return Array.isArray(rules) && rules.every(isRuleDates) ? rules : readRules(row as NumberRow);
}

/** The stored lapse phases' lengths, checked as readRuleDates checks the rules. */
export function readPhaseLengths(row: Pick<NumberRow, 'lapse_phases'>): readonly Pick<LapsePhase, 'length'>[] {
  const phases: unknown = JSON.parse(row.lapse_phases);
  const fits = Array.isArray(phases) && phases.every((phase: unknown) => typeof phase === 'object' && phase !== null && isPeriod((phase as LapsePhase).length));
  return fits ? (phases as Pick<LapsePhase, 'length'>[]) : readPhases(row);
}

/**
 * What keeps the number alive by its next deadline: the kind of rule that sets it, picked as
 * computeDeadlines picks its `next` (the earliest date, the first rule on a tie, a bare expiry date after
 * the rules), by comparing dates only. Activity and top-up rules ask for those; any other deadline
 * (validity, fee, a bare expiry date, none at all) asks for a renewal.
 */
export function deadlineAction(rules: readonly RuleDates[], expiryDate: string | null): DeadlineAction {
  let earliest: string | null = null;
  let action: DeadlineAction = 'renew';
  let expiryHasRule = false;
  for (const rule of rules) {
    let on: string | null;
    if (rule.kind === 'activity' || rule.kind === 'topup') {
      const lastOn = rule.lastOn ?? null;
      on = rule.overrideOn ?? (lastOn === null ? null : addPeriod(lastOn, rule.every!));
    } else {
      expiryHasRule = true;
      on = expiryDate;
    }
    if (on !== null && (earliest === null || on < earliest)) {
      earliest = on;
      action = rule.kind === 'activity' || rule.kind === 'topup' ? rule.kind : 'renew';
    }
  }
  if (expiryDate !== null && !expiryHasRule && (earliest === null || expiryDate < earliest)) action = 'renew';
  return action;
}

/** The last day of grace after a deadline: the day the last lapse phase ends (the deadline without phases). */
export function lastGraceDay(deadlineOn: string, phases: readonly Pick<LapsePhase, 'length'>[]): string {
  let day = deadlineOn;
  for (const phase of phases) day = addPeriod(day, phase.length);
  return day;
}
