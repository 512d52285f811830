// When a number's plan is paid over the forecast's months. A payment falls on the last day that keeps the
// number: its paid-through date, or the deadline of a rule that a payment keeps (a top-up rule, an activity
// rule a top-up or renewal counts for). Activity a call or a text keeps costs no payment: its deadline does
// not date one.
import type { Period } from '#shared/primitives.ts';
import { periodOf, type NumberRow } from '../db/number-rows.ts';
import { addPeriod, earlierOf } from '../domain/dates.ts';
import { readRuleDates, type RuleDates } from '../reminders/deadline-action.ts';

/** What a schedule reads of a number: its billing period, paid-through date and rules. */
export type ScheduleRow = Pick<NumberRow, 'billing_count' | 'billing_unit' | 'expiry_date' | 'rules'>;

/** An activity event a payment is: what apply-event counts a top-up or renewal as. */
const PAID_ACTIONS: readonly string[] = ['topup', 'renewal'];

/** Whether a payment keeps the rule, so its deadline is when one falls due. Validity and fee rules date the expiry, read apart. */
export function keptByPayment(rule: RuleDates & { counts?: unknown }): boolean {
  if (rule.kind === 'topup') return true;
  return rule.kind === 'activity' && Array.isArray(rule.counts) && rule.counts.some((action) => PAID_ACTIONS.includes(action as string));
}

function ruleDeadline(rule: RuleDates): string | null {
  if (rule.overrideOn) return rule.overrideOn;
  return rule.lastOn && rule.every ? addPeriod(rule.lastOn, rule.every) : null;
}

/**
 * The days the plan is charged within [today, the end of `lastMonth`]. The first: the earliest of the
 * paid-through date and the deadlines of the rules a payment keeps (today if that has passed, or if none is
 * known). Then one billing period at a time, or the period of a rule a payment keeps if that is shorter (a
 * top-up every 3 months is not paid once a year).
 */
export function chargeDates(row: ScheduleRow, today: string, lastMonth: string): string[] {
  const billing = periodOf(row.billing_count, row.billing_unit);
  if (billing === null) return [];
  let first = row.expiry_date;
  const periods: Period[] = [billing];
  for (const rule of readRuleDates(row)) {
    if (!keptByPayment(rule)) continue;
    if (rule.every) periods.push(rule.every);
    const due = ruleDeadline(rule);
    if (due !== null) first = first === null ? due : earlierOf(first, due);
  }
  const dates: string[] = [];
  let next = first !== null && first >= today ? first : today;
  while (next.slice(0, 7) <= lastMonth && dates.length < 400) {
    dates.push(next);
    const from = next;
    next = periods.map((period) => addPeriod(from, period)).reduce(earlierOf);
  }
  return dates;
}
