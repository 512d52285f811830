import type { EventInputRaw, EventKind, EventView } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import { Money, Period } from '#shared/primitives.ts';
import type { ActivityType } from '#shared/rules.ts';
import { dateOrNull, moneyFromDraft, moneyToDraft, periodFromDraft, periodToDraft } from '../../forms/convert.ts';
import type { Issue } from '../../forms/errors.ts';
import type { MoneyDraft } from '../../forms/MoneyFields.tsx';
import type { PeriodDraft } from '../../forms/PeriodInput.tsx';

export interface EventDraft {
  kind: EventKind;
  occurredOn: string;
  /** The amount paid, or the balance seen by a balance check. */
  amount: MoneyDraft;
  activityType: ActivityType;
  method: string;
  reason: string;
  note: string;
  planName: string;
  planCost: MoneyDraft;
  billingPeriod: PeriodDraft;
  /** The expiry the carrier shows after a renewal or top-up, when the user saw one. */
  newExpiryDate: string;
}

/** Paid events start from the plan's price; the rest start empty in the plan's currency. */
function defaultAmount(number: NumberView, kind: EventKind): MoneyDraft {
  if (kind === 'renewal' || kind === 'topup') return moneyToDraft(number.planCost);
  return { amount: '', currency: number.planCost?.currency ?? '' };
}

export function eventDraftFor(number: NumberView, kind: EventKind, today: string): EventDraft {
  return {
    kind,
    occurredOn: today,
    amount: defaultAmount(number, kind),
    activityType: 'call',
    method: number.paymentMethod?.label ?? '',
    reason: '',
    note: '',
    planName: number.planName,
    planCost: moneyToDraft(number.planCost),
    billingPeriod: periodToDraft(number.billingPeriod),
    newExpiryDate: '',
  };
}

/** What an event's details hold when they are well formed, else null: a value is shown as stored or not at all. */
function storedMoney(value: unknown): Money | null {
  const parsed = Money.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function storedPeriod(value: unknown): Period | null {
  const parsed = Period.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A past event as the dialog's inputs, every field of its kind filled with what was stored. */
export function eventDraftFromEvent(event: EventView): EventDraft {
  const { details } = event;
  return {
    kind: event.kind,
    occurredOn: event.occurredOn,
    amount: moneyToDraft(event.kind === 'balance_check' ? storedMoney(details.balance) : event.amount),
    // Only an activity shows or sends its type, and every stored activity has one.
    activityType: event.activityType ?? 'call',
    method: event.method,
    reason: event.reason,
    note: event.note,
    planName: typeof details.planName === 'string' ? details.planName : '',
    planCost: moneyToDraft(storedMoney(details.planCost)),
    billingPeriod: periodToDraft(storedPeriod(details.billingPeriod)),
    newExpiryDate: typeof details.newExpiryDate === 'string' ? details.newExpiryDate : '',
  };
}

export function withKind(draft: EventDraft, number: NumberView, kind: EventKind): EventDraft {
  return { ...draft, kind, amount: defaultAmount(number, kind) };
}

/** Another kind for a past event: an amount already there stays (a top-up recorded that was a renewal). */
export function withEditedKind(draft: EventDraft, number: NumberView, kind: EventKind): EventDraft {
  return draft.amount.amount === '' ? withKind(draft, number, kind) : { ...draft, kind };
}

const AMOUNT_KEY = { amount: 'amount.amountMinor', currency: 'amount.currency' };

/** Every input the dialog shows for a kind, by API path, in order. */
export function eventFieldKeys(kind: EventKind): string[] {
  const amount = [AMOUNT_KEY.amount, AMOUNT_KEY.currency];
  const byKind: Record<EventKind, string[]> = {
    renewal: [...amount, 'method', 'newExpiryDate'],
    topup: [...amount, 'method', 'newExpiryDate'],
    activity: ['activityType', ...amount],
    plan_change: ['planName', 'planCost.amountMinor', 'planCost.currency', 'billingPeriod.count', 'billingPeriod.unit'],
    balance_check: ['balance.amountMinor', 'balance.currency'],
    payment_failed: ['reason', ...amount, 'method'],
  };
  return ['kind', 'occurredOn', ...byKind[kind], 'note'];
}

export function eventToInput(draft: EventDraft, numberId: number): { input: EventInputRaw; issues: Issue[] } {
  const issues: Issue[] = [];
  const common = { numberId, occurredOn: dateOrNull(draft.occurredOn) ?? undefined, note: draft.note };
  const amount = (required: boolean) => moneyFromDraft(draft.amount, AMOUNT_KEY, issues, required);
  const refused = { amountMinor: 0, currency: draft.amount.currency };
  let input: EventInputRaw;
  switch (draft.kind) {
    case 'renewal':
      input = { kind: 'renewal', ...common, method: draft.method, amount: amount(false), newExpiryDate: dateOrNull(draft.newExpiryDate) };
      break;
    case 'topup':
      input = { kind: 'topup', ...common, method: draft.method, amount: amount(true) ?? refused, newExpiryDate: dateOrNull(draft.newExpiryDate) };
      break;
    case 'activity':
      input = { kind: 'activity', ...common, activityType: draft.activityType, amount: amount(false) };
      break;
    case 'plan_change':
      input = {
        kind: 'plan_change',
        ...common,
        planName: draft.planName,
        planCost: moneyFromDraft(draft.planCost, { amount: 'planCost.amountMinor', currency: 'planCost.currency' }, issues, false),
        billingPeriod: periodFromDraft(draft.billingPeriod, 'billingPeriod', issues, false),
      };
      break;
    case 'balance_check':
      input = {
        kind: 'balance_check',
        ...common,
        balance: moneyFromDraft(draft.amount, { amount: 'balance.amountMinor', currency: 'balance.currency' }, issues, true) ?? refused,
      };
      break;
    case 'payment_failed':
      input = { kind: 'payment_failed', ...common, method: draft.method, reason: draft.reason, amount: amount(false) };
      break;
  }
  return { input, issues };
}
