// Maps a researched carrier rule onto Keepline's rule schema, only as far as the facts allow. Whatever
// cannot be expressed, or had to be assumed, is said in `unmapped` and lowers the confidence shown: a
// suggestion is never more certain than its source. Keepline's sentences are in the user's language; the
// research's own words in them are quoted and marked as the source's (catalog-texts.ts).
import type { Confidence } from '#shared/carriers.ts';
import type { Locale } from '#shared/locale.ts';
import { isCurrency, minorDigits, Period, type Period as PeriodValue } from '#shared/primitives.ts';
import { QUALIFYING_ACTIONS, type Extension, type LapsePhase, type QualifyingAction, type Rule } from '#shared/rules.ts';
import type { CatalogEntry, CatalogRuleFacts } from './catalog-schema.ts';
import { catalogText, quotedToFit } from './catalog-texts.ts';

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

function validityRule(facts: CatalogRuleFacts, every: PeriodValue | null, note: (text: string) => void, assume: () => void, locale: Locale): Rule | null {
  const table = extensionTable(facts);
  if (!table && facts.extensionTable) note(catalogText('table_conditions', locale));
  const extension: Extension | null = table ?? (every ? { type: 'fixed', by: every } : null);
  if (!extension) return null;
  let mode = facts.extensionMode ? MODES[facts.extensionMode] : facts.kind === 'validity_reset_by_topup' ? 'reset' : undefined;
  if (!mode) {
    // Counting from the top-up date gives the earliest of the possible expiry dates: the safe reading.
    mode = 'reset';
    assume();
    note(catalogText('mode_assumed', locale));
  }
  return { kind: 'validity', extension, mode, cap: period(facts.maxValidity) };
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low', user: 'user' };

/** A research name readable in a sentence: `one_way_block` -> `one way block`. */
const readable = (text: string) => text.replaceAll('_', ' ').trim();

/** The research's rule as Keepline's rules, with Keepline's notes and phase names in `locale`. */
export function mapCatalogRules(entry: CatalogEntry, locale: Locale): MappedRules {
  const facts = entry.rule;
  const notes: string[] = [];
  const note = (text: string) => notes.push(text);
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
      note(catalogText('counts_assumed', locale));
    }
    rules.push({ kind: 'activity', every, counts, lastOn: null, overrideOn: null });
  } else if (TOPUP_KINDS.has(facts.kind) && every) {
    rules.push({ kind: 'topup', every, minAmountMinor: null, lastOn: null, overrideOn: null });
  } else if (VALIDITY_KINDS.has(facts.kind) || (TOPUP_KINDS.has(facts.kind) && facts.extensionTable)) {
    const rule = validityRule(facts, every, note, assume, locale);
    if (rule) rules.push(rule);
  } else if (FEE_KINDS.has(facts.kind)) {
    rules.push({ kind: 'fee' });
    billingPeriod = every;
    if (!every) note(catalogText('no_billing_period', locale));
  }
  if (rules.length === 0) note(catalogText('no_rule', locale, { quote: facts.summary }));
  if (facts.minCost) {
    const amount = `${facts.minCost.amount} ${facts.minCost.currency}`;
    const per = facts.minCost['per'];
    note(typeof per === 'string' && per ? catalogText('min_cost_per', locale, { amount, quote: per }) : catalogText('min_cost', locale, { amount }));
  }

  const lapsePhases: LapsePhase[] = [];
  const grace = period(facts.gracePeriod);
  const graceWords = facts.gracePeriod?.description ?? '';
  if (grace) {
    // What the research says of the grace period is its words, not Keepline's: quoted, in the field's 200.
    const works = graceWords ? quotedToFit('works_quoted', locale, graceWords, 200) : '';
    lapsePhases.push({ name: catalogText('grace_phase', locale), length: grace, works, creditLost: false });
  } else if (graceWords) {
    note(catalogText('grace_unstated', locale, { quote: graceWords }));
  }
  for (const phase of facts.lapsePhases) {
    const parts = [phase['starts'], phase['duration'], phase['capabilities']].filter((part): part is string => typeof part === 'string' && part !== '');
    const name = readable(String(phase['name'] ?? ''));
    const quote = [name, parts.join('; ')].filter(Boolean).join(': ');
    if (quote) note(catalogText('phase', locale, { quote }));
  }
  const hasAmounts = rules.some((rule) => rule.kind === 'validity' && rule.extension.type === 'table');
  const currency = hasAmounts ? String(facts.extensionTable?.[0]?.['currency'] ?? '') || null : null;
  return { rules, lapsePhases, billingPeriod, currency, unmapped: notes, confidence: assumed ? LOWER[entry.confidence] : entry.confidence };
}
