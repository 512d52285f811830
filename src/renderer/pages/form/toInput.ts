import type { NumberInputRaw } from '#shared/numbers.ts';
import type { RuleInput } from '#shared/rules.ts';
import { dateOrNull, minorFromText, moneyFromDraft, periodFromDraft } from '../../forms/convert.ts';
import type { Issue } from '../../forms/errors.ts';
import type { NumberDraft, PhaseDraft, RuleDraft } from './draft.ts';

/** Tags as typed: commas (also the full-width one Chinese keyboards type) separate them. */
export function splitTags(text: string): string[] {
  return text.split(/[,，]/).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

// A placeholder for a value already refused here; the input is never sent while issues exist.
const REFUSED = { count: 1, unit: 'days' } as const;

function ruleInput(rule: RuleDraft, path: string, currency: string, issues: Issue[]): RuleInput {
  // Amounts carry their currency: the plan's is lost when the plan has no cost.
  const amountsCurrency = currency === '' ? {} : { currency };
  switch (rule.kind) {
    case 'activity':
      return {
        kind: 'activity',
        every: periodFromDraft(rule.every, `${path}.every`, issues, true) ?? REFUSED,
        counts: rule.counts,
        lastOn: dateOrNull(rule.lastOn),
        overrideOn: dateOrNull(rule.overrideOn),
      };
    case 'topup':
      return {
        kind: 'topup',
        every: periodFromDraft(rule.every, `${path}.every`, issues, true) ?? REFUSED,
        minAmountMinor: minorFromText(rule.minAmount, currency, `${path}.minAmountMinor`, issues),
        ...(rule.minAmount.trim() === '' ? {} : amountsCurrency),
        lastOn: dateOrNull(rule.lastOn),
        overrideOn: dateOrNull(rule.overrideOn),
      };
    case 'validity': {
      const extension =
        rule.extensionType === 'fixed'
          ? { type: 'fixed' as const, by: periodFromDraft(rule.by, `${path}.extension.by`, issues, true) ?? REFUSED }
          : {
              type: 'table' as const,
              tiers: rule.tiers.map((tier, index) => {
                const tierPath = `${path}.extension.tiers.${index}`;
                const minAmountMinor = minorFromText(tier.minAmount, currency, `${tierPath}.minAmountMinor`, issues);
                if (tier.minAmount.trim() === '') issues.push({ field: `${tierPath}.minAmountMinor`, reason: 'required' });
                return { minAmountMinor: minAmountMinor ?? 0, by: periodFromDraft(tier.by, `${tierPath}.by`, issues, true) ?? REFUSED };
              }),
            };
      return {
        kind: 'validity',
        extension,
        ...(extension.type === 'table' ? amountsCurrency : {}),
        mode: rule.mode,
        cap: periodFromDraft(rule.cap, `${path}.cap`, issues, false),
      };
    }
    case 'fee':
      return { kind: 'fee' };
  }
}

function phaseInput(phase: PhaseDraft, path: string, issues: Issue[]) {
  return {
    name: phase.name,
    length: periodFromDraft(phase.length, `${path}.length`, issues, true) ?? REFUSED,
    works: phase.works,
    creditLost: phase.creditLost,
  };
}

/** The API input for a draft, and the problems found before sending it. */
export function draftToInput(draft: NumberDraft): { input: NumberInputRaw; issues: Issue[] } {
  const issues: Issue[] = [];
  const planCost = moneyFromDraft(draft.planCost, { amount: 'planCost.amountMinor', currency: 'planCost.currency' }, issues, false);
  // Rule minimums are in the plan's currency, so they need one to be read.
  const currency = draft.planCost.currency.trim();
  const needsCurrency = draft.rules.some(
    (rule) => (rule.kind === 'topup' && rule.minAmount.trim() !== '') || (rule.kind === 'validity' && rule.extensionType === 'table'),
  );
  if (needsCurrency && currency === '' && !issues.some((issue) => issue.field === 'planCost.currency')) {
    issues.push({ field: 'planCost.currency', reason: 'required' });
  }
  const paymentGiven = draft.paymentLabel.trim() !== '' || draft.cardExpiry !== '';
  const input: NumberInputRaw = {
    phone: draft.phone,
    country: draft.country === '' ? null : draft.country,
    label: draft.label,
    owner: draft.owner,
    carrier: draft.carrier,
    accountRef: draft.accountRef,
    kind: draft.kind,
    timeZone: draft.timeZone.trim(),
    planName: draft.planName,
    planCost,
    billingPeriod: periodFromDraft(draft.billingPeriod, 'billingPeriod', issues, false),
    expiryDate: dateOrNull(draft.expiryDate),
    autoRenew: draft.autoRenew,
    paymentMethod: paymentGiven ? { label: draft.paymentLabel, cardExpiry: dateOrNull(draft.cardExpiry) } : null,
    tags: splitTags(draft.tags),
    notes: draft.notes,
    rules: draft.rules.map((rule, index) => ruleInput(rule, `rules.${index}`, currency, issues)),
    lapsePhases: draft.lapsePhases.map((phase, index) => phaseInput(phase, `lapsePhases.${index}`, issues)),
  };
  return { input, issues };
}

/**
 * The core's issues about an input the form already refused, less those the form found itself and those
 * that come of a refused value being left out (a fee rule then seems to lack its billing period).
 */
export function coreIssuesBesides(found: readonly Issue[], core: readonly Issue[]): Issue[] {
  const faulted = new Set(found.map((issue) => issue.field));
  const periodRefused = found.some((issue) => issue.field.startsWith('billingPeriod.'));
  return core.filter((issue) => !faulted.has(issue.field) && !(periodRefused && issue.reason === 'needs_billing_period'));
}
