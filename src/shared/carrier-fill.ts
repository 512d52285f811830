// Which of Keepline's carriers a number's carrier names, and what that carrier's keep-alive rules fill in
// on it. One place for the number form's "Use this carrier's rules", the import and the bulk action, so
// the three never disagree about which carrier is meant or what it fills.
import type { Period } from './primitives.ts';
import { foldSearch } from './search-fold.ts';
import type { LapsePhase, Rule } from './rules.ts';

/** What a carrier is known by. */
export interface CarrierNames {
  name: string;
  company: string;
  country: string | null;
}

/** Any letter case, accents or not, traditional Chinese as simplified, as every search reads it. */
const fold = (text: string) => foldSearch(text.trim());

/**
 * The carrier `typed` names: by its name first, then by the company people know it by ("GULFSIP" for
 * "GULFSIP number / …"), each among the carriers of `country` (and of no country) before the others.
 * Case, accents and surrounding spaces do not matter; undefined when no carrier is named exactly.
 */
export function matchCarrier<T extends CarrierNames>(carriers: readonly T[], typed: string, country: string | null): T | undefined {
  const wanted = fold(typed);
  if (wanted === '') return undefined;
  const local = country ? carriers.filter((carrier) => carrier.country === country || carrier.country === null) : carriers;
  const byName = (carrier: T) => fold(carrier.name) === wanted;
  const byCompany = (carrier: T) => carrier.company !== '' && fold(carrier.company) === wanted;
  return local.find(byName) ?? carriers.find(byName) ?? local.find(byCompany) ?? carriers.find(byCompany);
}

/** What a carrier knows of keeping its numbers (a carrier view, or a rule suggestion made from one). */
export interface CarrierRules {
  timeZone: string | null;
  rules: Rule[];
  lapsePhases: LapsePhase[];
  billingPeriod: Period | null;
  /** The currency (ISO 4217) of the rules' amounts, when they have any. */
  currency: string | null;
}

/** What a number has of its own: a carrier's rules never replace it. */
export interface OwnValues {
  rules: boolean;
  lapsePhases: boolean;
  timeZone: boolean;
  billingPeriod: boolean;
  /** The plan's currency. */
  currency: boolean;
}

/** What a carrier fills in; a part left out stays as the number has it. */
export interface CarrierFill {
  rules?: Rule[];
  lapsePhases?: LapsePhase[];
  timeZone?: string;
  billingPeriod?: Period;
  currency?: string;
}

/** A rule's amounts keep the carrier's currency with them: a number without a plan cost has none to read them in. */
function withAmountsCurrency(rule: Rule, currency: string | null): Rule {
  if (currency === null) return rule;
  if (rule.kind === 'topup' && rule.minAmountMinor !== null) return { ...rule, currency: rule.currency ?? currency };
  if (rule.kind === 'validity' && rule.extension.type === 'table') return { ...rule, currency: rule.currency ?? currency };
  return rule;
}

/**
 * What taking a carrier's rules fills in on a number: its rules and lapse phases, the carrier's time zone
 * when it has one, and its billing period and currency when the number has none; never what `own` says the
 * number has.
 */
export function carrierFill(carrier: CarrierRules, own: OwnValues): CarrierFill {
  const fill: CarrierFill = {};
  if (!own.rules) fill.rules = carrier.rules.map((rule) => withAmountsCurrency(rule, carrier.currency));
  if (!own.lapsePhases) fill.lapsePhases = carrier.lapsePhases;
  if (!own.timeZone && carrier.timeZone) fill.timeZone = carrier.timeZone;
  if (!own.billingPeriod && carrier.billingPeriod) fill.billingPeriod = carrier.billingPeriod;
  if (!own.currency && carrier.currency) fill.currency = carrier.currency;
  return fill;
}
