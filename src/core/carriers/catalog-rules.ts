// Maps a researched carrier rule onto Keepline's rule schema, only as far as the facts allow. Whatever
// cannot be expressed, or had to be assumed, is said in `unmapped` and lowers the confidence shown: a
// suggestion is never more certain than its source.
import type { Confidence } from '#shared/carriers.ts';
import { isCurrency, minorDigits, Period, type Period as PeriodValue } from '#shared/primitives.ts';
import { QUALIFYING_ACTIONS, type Extension, type LapsePhase, type QualifyingAction, type Rule } from '#shared/rules.ts';
import type { CatalogEntry, CatalogRuleFacts } from './catalog-schema.ts';

export interface MappedRules {
  rules: Rule[];
  lapsePhases: LapsePhase[];
  billingPeriod: PeriodValue | null;
  /** The currency (ISO 4217) of the rules' amounts, when they have any. */
  currency: string | null;
  unmapped: string[];
  /** The research's confidence, one step lower when the mapping had to assume something. */
  confidence: Confidence;
}

function period(value: unknown): PeriodValue | null {
  if (typeof value !== 'object' || value === null) return null;
  const { value: count, unit } = value as { value?: unknown; unit?: unknown };
  const parsed = Period.safeParse({ count, unit });
  return parsed.success ? parsed.data : null;
}

const ACTION_WORDS: [QualifyingAction, RegExp][] = [
  ['call', /\bcall/i],
  ['sms', /\b(sms|texts?|messages?|mms)\b/i],
  ['data', /\b(data|internet)\b/i],
  ['topup', /\b(top[- ]?up|topping|recharge|reload|credit)/i],
  ['addon', /\b(pack|add-?on|bundle|goodybag|package)/i],
];

function countsFrom(actions: string[]): QualifyingAction[] {
  const found = new Set<QualifyingAction>();
  for (const text of actions) for (const [action, words] of ACTION_WORDS) if (words.test(text)) found.add(action);
  return QUALIFYING_ACTIONS.filter((action) => found.has(action));
}

function minorUnits(amount: number, currency: string): number | null {
  if (!isCurrency(currency) || !Number.isFinite(amount) || amount < 0) return null;
  return Math.round(amount * 10 ** minorDigits(currency));
}

/** The lowest amount of a tier: `amount`, or the lower end of `amount_range` ("10-24", ">=200", "100+"). */
function tierMinimum(tier: Record<string, unknown>): number | null {
  if (typeof tier['amount'] === 'number') return tier['amount'];
  const range = tier['amount_range'];
  if (typeof range !== 'string') return null;
  const match = /^(?:>=\s*)?(\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?|\+)?$/.exec(range.trim());
  return match ? Number(match[1]) : null;
}

const TIER_QUALIFIERS = ['applies_to', 'via', 'card', 'amount_per_unit'];

function extensionTable(facts: CatalogRuleFacts): Extension | null {
  const table = facts.extensionTable;
  if (!table || table.length === 0 || table.length > 20) return null;
  const currencies = new Set(table.map((tier) => tier['currency']));
  if (currencies.size !== 1) return null;
  const tiers: { minAmountMinor: number; by: PeriodValue }[] = [];
  for (const tier of table) {
    // A tier that only applies to some accounts or channels is not a rule for everyone.
    if (TIER_QUALIFIERS.some((key) => key in tier)) return null;
    const min = tierMinimum(tier);
    const by = period(tier['extends']);
    const minor = min === null ? null : minorUnits(min, String(tier['currency']));
    if (minor === null || !by) return null;
    tiers.push({ minAmountMinor: minor, by });
  }
  tiers.sort((a, b) => a.minAmountMinor - b.minAmountMinor);
  return { type: 'table', tiers };
}

const MODES: Record<string, 'reset' | 'add'> = {
  reset_to_topup_date_plus_period: 'reset',
  from_topup_date: 'reset',
  cumulative_add: 'add',
};

const ACTIVITY_KINDS = new Set(['activity_window', 'account_activity_window']);
const TOPUP_KINDS = new Set(['topup_window', 'paid_purchase_window']);
const VALIDITY_KINDS = new Set(['validity_extended_by_topup', 'validity_reset_by_topup', 'payg_credit_expiry']);
const FEE_KINDS = new Set(['recurring_fee', 'recurring_plan', 'subscription', 'plan_renewal_window']);

function validityRule(facts: CatalogRuleFacts, every: PeriodValue | null, notes: string[], assume: () => void): Rule | null {
  const table = extensionTable(facts);
  if (!table && facts.extensionTable) notes.push('The top-up table has conditions Keepline cannot check; it is not used.');
  const extension: Extension | null = table ?? (every ? { type: 'fixed', by: every } : null);
  if (!extension) return null;
  let mode = facts.extensionMode ? MODES[facts.extensionMode] : facts.kind === 'validity_reset_by_topup' ? 'reset' : undefined;
  if (!mode) {
    // Counting from the top-up date gives the earliest of the possible expiry dates: the safe reading.
    mode = 'reset';
    assume();
    notes.push('The source does not say whether top-ups add to the expiry date; Keepline counts from the top-up date.');
  }
  return { kind: 'validity', extension, mode, cap: period(facts.maxValidity) };
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low', user: 'user' };

export function mapCatalogRules(entry: CatalogEntry): MappedRules {
  const facts = entry.rule;
  const notes: string[] = [];
  let assumed = false;
  const assume = () => {
    assumed = true;
  };
  const every = period(facts.period);
  const rules: Rule[] = [];
  let billingPeriod: PeriodValue | null = null;

  if (ACTIVITY_KINDS.has(facts.kind) && every) {
    let counts = countsFrom(facts.qualifyingActions);
    if (counts.length === 0) {
      counts = ['call', 'sms', 'data', 'topup'];
      assume();
      notes.push('The source does not list what counts as activity; calls, SMS, data and top-ups are assumed.');
    }
    rules.push({ kind: 'activity', every, counts, lastOn: null, overrideOn: null });
  } else if (TOPUP_KINDS.has(facts.kind) && every) {
    rules.push({ kind: 'topup', every, minAmountMinor: null, lastOn: null, overrideOn: null });
  } else if (VALIDITY_KINDS.has(facts.kind) || (TOPUP_KINDS.has(facts.kind) && facts.extensionTable)) {
    const rule = validityRule(facts, every, notes, assume);
    if (rule) rules.push(rule);
  } else if (FEE_KINDS.has(facts.kind)) {
    rules.push({ kind: 'fee' });
    billingPeriod = every;
    if (!every) notes.push('The source gives no billing period: enter the one on your plan.');
  }
  if (rules.length === 0) notes.push(`No rule Keepline can compute from the research ("${facts.summary}").`);
  if (facts.minCost) notes.push(`Minimum: ${facts.minCost.amount} ${facts.minCost.currency}${typeof facts.minCost['per'] === 'string' ? ` per ${facts.minCost['per']}` : ''}.`);

  const lapsePhases: LapsePhase[] = [];
  const grace = period(facts.gracePeriod);
  if (grace) {
    lapsePhases.push({ name: 'Grace period', length: grace, works: (facts.gracePeriod?.description ?? '').slice(0, 200), creditLost: false });
  } else if (facts.gracePeriod?.description) {
    notes.push(`Grace period not stated as a length: ${facts.gracePeriod.description}`);
  }
  for (const phase of facts.lapsePhases) {
    const parts = [phase['starts'], phase['duration'], phase['capabilities']].filter((part) => typeof part === 'string' && part);
    notes.push(`Phase "${String(phase['name'] ?? '')}": ${parts.join('; ')}`);
  }
  const hasAmounts = rules.some((rule) => rule.kind === 'validity' && rule.extension.type === 'table');
  const currency = hasAmounts ? String(facts.extensionTable?.[0]?.['currency'] ?? '') || null : null;
  return { rules, lapsePhases, billingPeriod, currency, unmapped: notes, confidence: assumed ? LOWER[entry.confidence] : entry.confidence };
}
