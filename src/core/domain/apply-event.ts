import type { EventInput } from '#shared/events.ts';
import type { Money, Period } from '#shared/primitives.ts';
import type { ActivityRule, QualifyingAction, Rule, TopupRule, ValidityRule } from '#shared/rules.ts';
import { addPeriod, earlierOf, laterOf } from './dates.ts';
import type { KeepAliveState } from './state.ts';

/** An event with its date settled and its id known, as it is applied to a number. */
export type AppliedEvent = EventInput & { occurredOn: string; id: number };

function amountOf(event: AppliedEvent): Money | null {
  return 'amount' in event ? event.amount : null;
}

/** What the event is, in the words an activity rule's `counts` uses. */
function actionsOf(event: AppliedEvent): QualifyingAction[] {
  switch (event.kind) {
    case 'activity':
      return event.activityType === 'other' ? [] : [event.activityType];
    case 'topup':
      return ['topup'];
    case 'renewal':
      return ['renewal', 'topup'];
    default:
      return [];
  }
}

function meetsMinimum(rule: TopupRule, amount: Money | null, planCurrency: string | null): boolean {
  if (rule.minAmountMinor === null) return true;
  if (amount === null) return false;
  // The minimum is in its own currency (else the plan's); a payment in another cannot be compared, so it does not count.
  return amount.currency === (rule.currency ?? planCurrency) && amount.amountMinor >= rule.minAmountMinor;
}

/**
 * Moves a window rule's date to the event, never backwards. A date the carrier showed stays while it is
 * later than the new computed deadline, so recording never moves a deadline earlier.
 */
function advanceWindow<R extends ActivityRule | TopupRule>(rule: R, occurredOn: string): { rule: R; moved: boolean } {
  const lastOn = laterOf(rule.lastOn, occurredOn);
  if (lastOn === rule.lastOn) return { rule, moved: false };
  const computed = addPeriod(lastOn as string, rule.every);
  const overrideOn = rule.overrideOn !== null && rule.overrideOn > computed ? rule.overrideOn : null;
  return { rule: { ...rule, lastOn, overrideOn }, moved: true };
}

function extensionFor(rule: ValidityRule, amount: Money | null, planCurrency: string | null): Period | null {
  if (rule.extension.type === 'fixed') return rule.extension.by;
  const currency = rule.currency ?? planCurrency;
  if (amount === null || (currency !== null && amount.currency !== currency)) return null;
  const reached = rule.extension.tiers
    .filter((tier) => amount.amountMinor >= tier.minAmountMinor)
    .sort((a, b) => b.minAmountMinor - a.minAmountMinor);
  return reached[0]?.by ?? null;
}

/** The expiry a top-up or renewal gives under a validity rule, before the never-earlier guard. */
export function extendValidity(
  rule: ValidityRule,
  expiry: string | null,
  occurredOn: string,
  amount: Money | null,
  planCurrency: string | null,
): string | null {
  const by = extensionFor(rule, amount, planCurrency);
  if (by === null) return null;
  const fromEvent = addPeriod(occurredOn, by);
  const fromExpiry = addPeriod(expiry ?? occurredOn, by);
  let candidate = rule.mode === 'reset' ? fromEvent : rule.mode === 'add' ? fromExpiry : (laterOf(fromEvent, fromExpiry) as string);
  if (rule.cap !== null) candidate = earlierOf(candidate, addPeriod(occurredOn, rule.cap));
  return candidate;
}

/** A paid period runs on from the paid-through date, or from the payment when that date has passed. */
function extendFee(expiry: string | null, occurredOn: string, billingPeriod: Period | null): string | null {
  if (billingPeriod === null) return null;
  const from = expiry !== null && expiry >= occurredOn ? expiry : occurredOn;
  return addPeriod(from, billingPeriod);
}

/**
 * The state after an event, computed without side effects. Dates only ever move later: a top-up or a
 * renewal never shortens what the user already has.
 */
export function applyEvent(state: KeepAliveState, event: AppliedEvent): KeepAliveState {
  if (event.kind === 'plan_change') {
    return { ...state, planName: event.planName, planCost: event.planCost, billingPeriod: event.billingPeriod };
  }
  const amount = amountOf(event);
  const planCurrency = state.planCost?.currency ?? null;
  const actions = actionsOf(event);
  const paid = event.kind === 'topup' || event.kind === 'renewal';
  const rules: Rule[] = [];
  const ruleSources = [...state.ruleSources];
  let expiryDate = state.expiryDate;

  state.rules.forEach((rule, index) => {
    if (rule.kind === 'activity' && actions.some((action) => rule.counts.includes(action))) {
      const { rule: next, moved } = advanceWindow(rule, event.occurredOn);
      if (moved) ruleSources[index] = event.id;
      rules.push(next);
      return;
    }
    if (rule.kind === 'topup' && paid && meetsMinimum(rule, amount, planCurrency)) {
      const { rule: next, moved } = advanceWindow(rule, event.occurredOn);
      if (moved) ruleSources[index] = event.id;
      rules.push(next);
      return;
    }
    if (rule.kind === 'validity' && paid) {
      expiryDate = laterOf(expiryDate, extendValidity(rule, state.expiryDate, event.occurredOn, amount, planCurrency));
    }
    if (rule.kind === 'fee' && event.kind === 'renewal') {
      expiryDate = laterOf(expiryDate, extendFee(state.expiryDate, event.occurredOn, state.billingPeriod));
    }
    rules.push(rule);
  });

  // Without a validity or fee rule, a renewal of a plan with a billing period still pays one period.
  const expiryHasRule = state.rules.some((rule) => rule.kind === 'validity' || rule.kind === 'fee');
  if (!expiryHasRule && event.kind === 'renewal' && state.expiryDate !== null) {
    expiryDate = laterOf(expiryDate, extendFee(state.expiryDate, event.occurredOn, state.billingPeriod));
  }

  // The date the carrier showed after this payment wins over the one computed, but never moves the expiry earlier.
  const stated = 'newExpiryDate' in event ? event.newExpiryDate : null;
  if (paid && stated !== null) expiryDate = laterOf(state.expiryDate, stated);

  const expiryEventId = expiryDate !== state.expiryDate ? event.id : state.expiryEventId;
  return { ...state, rules, ruleSources, expiryDate, expiryEventId };
}
