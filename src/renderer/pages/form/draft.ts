// The number form as typed: strings for every input, converted to the API's shape only on submit.
import type { NumberKind, NumberView } from '#shared/numbers.ts';
import { minorToText } from '#shared/money.ts';
import type { ExtensionMode, QualifyingAction, Rule, RuleKind } from '#shared/rules.ts';
import { moneyToDraft, periodToDraft } from '../../forms/convert.ts';
import type { MoneyDraft } from '../../forms/MoneyFields.tsx';
import type { PeriodDraft } from '../../forms/PeriodInput.tsx';
import { browserTimeZone } from '../../format/regions.ts';

export interface TierDraft {
  uid: string;
  minAmount: string;
  by: PeriodDraft;
}

export type RuleDraft =
  | { uid: string; kind: 'activity'; every: PeriodDraft; counts: QualifyingAction[]; lastOn: string; overrideOn: string }
  | { uid: string; kind: 'topup'; every: PeriodDraft; minAmount: string; lastOn: string; overrideOn: string }
  | {
      uid: string;
      kind: 'validity';
      extensionType: 'fixed' | 'table';
      by: PeriodDraft;
      tiers: TierDraft[];
      mode: ExtensionMode;
      cap: PeriodDraft;
    }
  | { uid: string; kind: 'fee' };

export interface PhaseDraft {
  uid: string;
  name: string;
  length: PeriodDraft;
  works: string;
  creditLost: boolean;
}

export interface NumberDraft {
  phone: string;
  country: string;
  label: string;
  owner: string;
  carrier: string;
  accountRef: string;
  kind: NumberKind;
  timeZone: string;
  planName: string;
  planCost: MoneyDraft;
  billingPeriod: PeriodDraft;
  expiryDate: string;
  autoRenew: boolean;
  paymentLabel: string;
  cardExpiry: string;
  tags: string;
  notes: string;
  rules: RuleDraft[];
  lapsePhases: PhaseDraft[];
}

let counter = 0;
/** A React key for list items that are added, removed and reordered. */
export function uid(): string {
  counter += 1;
  return `item-${counter}`;
}

export function emptyDraft(): NumberDraft {
  return {
    phone: '', country: '', label: '', owner: '', carrier: '', accountRef: '', kind: 'physical',
    timeZone: browserTimeZone(), planName: '', planCost: { amount: '', currency: '' },
    billingPeriod: { count: '', unit: 'months' }, expiryDate: '', autoRenew: false, paymentLabel: '', cardExpiry: '',
    tags: '', notes: '', rules: [], lapsePhases: [],
  };
}

/** A recurring-fee rule counts in the plan's billing period, which the draft does not give yet. */
export function needsPlanBillingPeriod(draft: NumberDraft): boolean {
  return draft.rules.some((rule) => rule.kind === 'fee') && draft.billingPeriod.count.trim() === '';
}

export function newRule(kind: RuleKind): RuleDraft {
  switch (kind) {
    case 'activity':
      return { uid: uid(), kind, every: { count: '90', unit: 'days' }, counts: ['call', 'sms', 'data', 'topup', 'renewal'], lastOn: '', overrideOn: '' };
    case 'topup':
      return { uid: uid(), kind, every: { count: '6', unit: 'months' }, minAmount: '', lastOn: '', overrideOn: '' };
    case 'validity':
      return {
        uid: uid(), kind, extensionType: 'fixed', by: { count: '30', unit: 'days' },
        tiers: [newTier()], mode: 'later_of', cap: { count: '', unit: 'days' },
      };
    case 'fee':
      return { uid: uid(), kind };
  }
}

export function newTier(): TierDraft {
  return { uid: uid(), minAmount: '', by: { count: '30', unit: 'days' } };
}

export function newPhase(): PhaseDraft {
  return { uid: uid(), name: '', length: { count: '30', unit: 'days' }, works: '', creditLost: false };
}

export function ruleToDraft(rule: Rule, currency: string): RuleDraft {
  const amountText = (minor: number | null) => (minor === null ? '' : minorToText(minor, currency));
  switch (rule.kind) {
    case 'activity':
      return { uid: uid(), kind: 'activity', every: periodToDraft(rule.every), counts: [...rule.counts], lastOn: rule.lastOn ?? '', overrideOn: rule.overrideOn ?? '' };
    case 'topup':
      return { uid: uid(), kind: 'topup', every: periodToDraft(rule.every), minAmount: amountText(rule.minAmountMinor), lastOn: rule.lastOn ?? '', overrideOn: rule.overrideOn ?? '' };
    case 'validity': {
      const fixed = rule.extension.type === 'fixed' ? rule.extension.by : null;
      const tiers = rule.extension.type === 'table'
        ? rule.extension.tiers.map((tier) => ({ uid: uid(), minAmount: amountText(tier.minAmountMinor), by: periodToDraft(tier.by) }))
        : [newTier()];
      return {
        uid: uid(), kind: 'validity', extensionType: rule.extension.type, by: periodToDraft(fixed, { count: '30', unit: 'days' }),
        tiers, mode: rule.mode, cap: periodToDraft(rule.cap, { count: '', unit: 'days' }),
      };
    }
    case 'fee':
      return { uid: uid(), kind: 'fee' };
  }
}

export function draftFromView(view: NumberView): NumberDraft {
  // With no plan cost, the rules' amounts keep the currency they were entered in.
  const ruleCurrency = view.rules.map((rule) => ('currency' in rule ? rule.currency : undefined)).find(Boolean);
  const currency = view.planCost?.currency ?? ruleCurrency ?? '';
  return {
    phone: view.formatted, country: view.country, label: view.label, owner: view.owner, carrier: view.carrier,
    accountRef: view.accountRef, kind: view.kind, timeZone: view.timeZone, planName: view.planName,
    planCost: moneyToDraft(view.planCost, currency), billingPeriod: periodToDraft(view.billingPeriod),
    expiryDate: view.expiryDate ?? '', autoRenew: view.autoRenew, paymentLabel: view.paymentMethod?.label ?? '',
    cardExpiry: view.paymentMethod?.cardExpiry ?? '', tags: view.tags.join(', '), notes: view.notes,
    rules: view.rules.map((rule) => ruleToDraft(rule, currency)),
    lapsePhases: view.lapsePhases.map((phase) => ({
      uid: uid(), name: phase.name, length: periodToDraft(phase.length), works: phase.works, creditLost: phase.creditLost,
    })),
  };
}
