import type { EventInput } from '#shared/events.ts';
import { invalidField } from '../errors.ts';

/** What an event keeps beyond its columns: a plan change's plan, the balance seen, the expiry the carrier showed. */
export function eventDetails(input: EventInput): Record<string, unknown> {
  if (input.kind === 'plan_change') return { planName: input.planName, planCost: input.planCost, billingPeriod: input.billingPeriod };
  if (input.kind === 'balance_check') return { balance: input.balance };
  if ((input.kind === 'renewal' || input.kind === 'topup') && input.newExpiryDate !== null) return { newExpiryDate: input.newExpiryDate };
  return {};
}

/** The expiry the carrier showed after a payment: not before that payment's day. `field` is the input's path to it. */
export function checkStatedExpiry(input: EventInput, occurredOn: string, field: string): void {
  if ((input.kind === 'renewal' || input.kind === 'topup') && input.newExpiryDate !== null && input.newExpiryDate < occurredOn) {
    throw invalidField(field, 'before_event', { occurredOn });
  }
}
