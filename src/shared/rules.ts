import * as z from 'zod';
import { CurrencyCode, IsoDate, Period } from './primitives.ts';

/** What can count as activity for an activity-window rule. */
export const QUALIFYING_ACTIONS = ['call', 'sms', 'data', 'addon', 'topup', 'renewal'] as const;
export type QualifyingAction = (typeof QUALIFYING_ACTIONS)[number];

export const ACTIVITY_TYPES = ['call', 'sms', 'data', 'addon', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const EXTENSION_MODES = ['reset', 'add', 'later_of'] as const;
export type ExtensionMode = (typeof EXTENSION_MODES)[number];

const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** A qualifying event at least every `every`; `lastOn` is the last one the user knows of. */
export const ActivityRule = z.strictObject({
  kind: z.literal('activity'),
  every: Period,
  counts: z
    .array(z.enum(QUALIFYING_ACTIONS))
    .min(1)
    .max(QUALIFYING_ACTIONS.length)
    .refine(unique, { params: { reason: 'duplicate_value' } }),
  lastOn: IsoDate.nullable().default(null),
  /** The date the carrier shows, which wins over the computed one until the next qualifying event. */
  overrideOn: IsoDate.nullable().default(null),
});

/** A top-up of at least `minAmountMinor` (in the plan's currency) at least every `every`. */
export const TopupRule = z.strictObject({
  kind: z.literal('topup'),
  every: Period,
  minAmountMinor: z.int().min(0).max(1_000_000_000_000).nullable().default(null),
  /** The minimum's currency, kept with the rule: a number with no plan cost has no plan currency to read it in. */
  currency: CurrencyCode.optional(),
  lastOn: IsoDate.nullable().default(null),
  overrideOn: IsoDate.nullable().default(null),
});

export const ExtensionTier = z.strictObject({
  minAmountMinor: z.int().min(0).max(1_000_000_000_000),
  by: Period,
});

export const Extension = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), by: Period }),
  z.strictObject({ type: z.literal('table'), tiers: z.array(ExtensionTier).min(1).max(20) }),
]);
export type Extension = z.infer<typeof Extension>;

/** The number's expiry date, which top-ups and renewals extend. */
export const ValidityRule = z.strictObject({
  kind: z.literal('validity'),
  extension: Extension,
  /** The tiers' currency, kept with the rule: a number with no plan cost has no plan currency to read them in. */
  currency: CurrencyCode.optional(),
  mode: z.enum(EXTENSION_MODES),
  /** The longest validity the carrier allows, counted from the top-up. */
  cap: Period.nullable().default(null),
});

/** A plan paid every billing period; the expiry date is the paid-through date. */
export const FeeRule = z.strictObject({
  kind: z.literal('fee'),
});

export const Rule = z.discriminatedUnion('kind', [ActivityRule, TopupRule, ValidityRule, FeeRule]);
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;
export type ActivityRule = z.infer<typeof ActivityRule>;
export type TopupRule = z.infer<typeof TopupRule>;
export type ValidityRule = z.infer<typeof ValidityRule>;
export type RuleKind = Rule['kind'];

/** What happens after the deadline, in order. The number is lost when the last phase ends. */
export const LapsePhase = z.strictObject({
  name: z.string().trim().min(1).max(60),
  length: Period,
  /** What still works, in the user's words ("receive calls and SMS"). */
  works: z.string().max(200).default(''),
  /** Remaining credit is forfeited when this phase begins. */
  creditLost: z.boolean().default(false),
});
export type LapsePhase = z.infer<typeof LapsePhase>;
