import * as z from 'zod';
import { Id, IsoDate, Money, Period } from './primitives.ts';
import { ACTIVITY_TYPES } from './rules.ts';

export const EVENT_KINDS = ['renewal', 'topup', 'activity', 'plan_change', 'balance_check', 'payment_failed'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_SOURCES = ['manual', 'renewal_window', 'import'] as const;

const common = {
  numberId: Id,
  /** The day it happened, in the carrier's zone; today there when omitted. Never in the future. */
  occurredOn: IsoDate.optional(),
  method: z.string().trim().max(60).default(''),
  note: z.string().max(2000).default(''),
  source: z.enum(EVENT_SOURCES).default('manual'),
};

/**
 * The expiry date the carrier shows after a payment, when it shows one: it wins over what the rules compute,
 * though never moving a known expiry earlier.
 */
const newExpiryDate = IsoDate.nullable().default(null);

export const EventInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('renewal'), ...common, amount: Money.nullable().default(null), newExpiryDate }),
  z.strictObject({ kind: z.literal('topup'), ...common, amount: Money, newExpiryDate }),
  z.strictObject({
    kind: z.literal('activity'),
    ...common,
    activityType: z.enum(ACTIVITY_TYPES),
    amount: Money.nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('plan_change'),
    ...common,
    planName: z.string().trim().max(100),
    planCost: Money.nullable(),
    billingPeriod: Period.nullable(),
  }),
  z.strictObject({ kind: z.literal('balance_check'), ...common, balance: Money }),
  z.strictObject({
    kind: z.literal('payment_failed'),
    ...common,
    amount: Money.nullable().default(null),
    reason: z.string().trim().min(1).max(200),
  }),
]);
export type EventInput = z.infer<typeof EventInput>;
export type EventInputRaw = z.input<typeof EventInput>;

/** One field an event changed, for history to explain itself. */
export const Change = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type Change = z.infer<typeof Change>;

export const EventView = z.object({
  id: Id,
  numberId: Id,
  kind: z.enum(EVENT_KINDS),
  occurredOn: IsoDate,
  recordedAt: z.string(),
  amount: Money.nullable(),
  activityType: z.enum(ACTIVITY_TYPES).nullable(),
  method: z.string(),
  reason: z.string(),
  note: z.string(),
  source: z.enum(EVENT_SOURCES),
  /** Plan details of a plan change, or the balance seen by a balance check. */
  details: z.record(z.string(), z.unknown()),
  changes: z.array(Change),
  /** Only the newest event of a number can be undone. */
  undoable: z.boolean(),
});
export type EventView = z.infer<typeof EventView>;

/**
 * What the core notices about an event about to be recorded, for the record form to warn about: never a
 * refusal (a second renewal the same day can be real).
 */
export const RecordNotes = z.object({
  /** Whether recording moves the number's expiry date or its next deadline. */
  movesDates: z.boolean(),
  /** How many events of the same kind, with the same amount (or none), this number already has on the same day. */
  sameDayCount: z.int(),
});
export type RecordNotes = z.infer<typeof RecordNotes>;
