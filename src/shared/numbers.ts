import * as z from 'zod';
import { CountryCode, Id, IsoDate, Money, Period, TimeZone, YearMonth } from './primitives.ts';
import { LapsePhase, Rule } from './rules.ts';

export const NUMBER_KINDS = ['physical', 'esim', 'virtual'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

export const STATUS_STATES = ['ok', 'due_soon', 'grace', 'lost'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

/** How the number is paid for; a label and the card's expiry month, never the card number. */
export const PaymentMethod = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .refine((text) => !/\d(?:[ -]?\d){11,18}/.test(text), { params: { reason: 'looks_like_card_number' } }),
  cardExpiry: YearMonth.nullable().default(null),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const NumberInput = z.strictObject({
  /** As typed: international (+44 7700 900123) or national with `country` (07700 900123). */
  phone: z.string().trim().min(1).max(40),
  /** ISO 3166-1 alpha-2; needed for national input, checked against the number when given. */
  country: CountryCode.nullable().default(null),
  label: z.string().trim().max(100).default(''),
  owner: z.string().trim().max(100).default(''),
  carrier: z.string().trim().max(100).default(''),
  accountRef: z.string().trim().max(100).default(''),
  kind: z.enum(NUMBER_KINDS).default('physical'),
  /** The carrier's IANA zone: its dates end at midnight there. */
  timeZone: TimeZone,
  planName: z.string().trim().max(100).default(''),
  planCost: Money.nullable().default(null),
  billingPeriod: Period.nullable().default(null),
  /** Valid-until or paid-through date the carrier states, in its zone. */
  expiryDate: IsoDate.nullable().default(null),
  autoRenew: z.boolean().default(false),
  paymentMethod: PaymentMethod.nullable().default(null),
  tags: z
    .array(z.string().trim().min(1).max(40))
    .max(30)
    .default([])
    .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, {
      params: { reason: 'duplicate_value' },
    }),
  notes: z.string().max(5000).default(''),
  rules: z.array(Rule).max(10).default([]),
  lapsePhases: z.array(LapsePhase).max(10).default([]),
});
export type NumberInput = z.infer<typeof NumberInput>;
export type NumberInputRaw = z.input<typeof NumberInput>;

/** Why a date is what it is: which rule, from which date (an event, the user, the carrier), in which zone. */
export const Explanation = z.object({
  source: z.enum(['activity', 'topup', 'validity', 'fee', 'expiry']),
  /** Where the anchor came from. */
  anchor: z.enum(['event', 'entered', 'override', 'none']),
  anchorOn: IsoDate.nullable(),
  eventId: Id.nullable(),
  eventKind: z.string().nullable(),
  period: Period.nullable(),
  deadlineOn: IsoDate.nullable(),
  timeZone: z.string(),
});
export type Explanation = z.infer<typeof Explanation>;

export const RuleDeadline = z.object({
  /** Last calendar day, in the carrier's zone; null when the rule lacks the date it counts from. */
  on: IsoDate.nullable(),
  /** The instant the deadline passes (midnight after `on` in the carrier's zone), ISO 8601 UTC. */
  endsAt: z.string().nullable(),
  explanation: Explanation,
  sentence: z.string(),
});
export type RuleDeadline = z.infer<typeof RuleDeadline>;

export const Status = z.object({
  state: z.enum(STATUS_STATES),
  /** The lapse phase the number is in, when in grace. */
  phaseIndex: z.int().nullable(),
  phaseName: z.string().nullable(),
  /** Whole days until the deadline (negative once past it), counted in the carrier's zone. */
  daysLeft: z.int().nullable(),
});
export type Status = z.infer<typeof Status>;

const NumberFields = {
  id: Id,
  e164: z.string(),
  formatted: z.string(),
  country: z.string(),
  label: z.string(),
  owner: z.string(),
  carrier: z.string(),
  kind: z.enum(NUMBER_KINDS),
  timeZone: z.string(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  planCost: Money.nullable(),
  autoRenew: z.boolean(),
  expiryDate: IsoDate.nullable(),
  deadlineOn: IsoDate.nullable(),
  deadlineEndsAt: z.string().nullable(),
  status: Status,
};

export const NumberSummary = z.object(NumberFields);
export type NumberSummary = z.infer<typeof NumberSummary>;

export const NumberView = z.object({
  ...NumberFields,
  national: z.string(),
  accountRef: z.string(),
  planName: z.string(),
  billingPeriod: Period.nullable(),
  paymentMethod: PaymentMethod.nullable(),
  notes: z.string(),
  rules: z.array(Rule),
  ruleDeadlines: z.array(RuleDeadline),
  lapsePhases: z.array(LapsePhase),
  /** The earliest rule deadline, the one that matters. */
  deadline: RuleDeadline.nullable(),
  creditLostAt: z.string().nullable(),
  numberLostAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NumberView = z.infer<typeof NumberView>;
