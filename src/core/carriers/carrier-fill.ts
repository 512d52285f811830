// A number's carrier, found as the number form finds it, filling in the keep-alive rules the number lacks:
// what the import and the bulk action "Apply carrier rules" give numbers whose carrier Keepline knows.
import type Database from 'better-sqlite3';
import { carrierFill, type CarrierRules } from '#shared/carrier-fill.ts';
import { carriersNamed } from '#shared/carrier-match.ts';
import type { CarrierView } from '#shared/carriers.ts';
import type { Locale } from '#shared/locale.ts';
import type { Period } from '#shared/primitives.ts';
import type { LapsePhase, Rule } from '#shared/rules.ts';
import { kept } from '../memo-map.ts';
import { allCarrierViews } from './carrier-views.ts';

/**
 * The carrier a number's carrier text names in its country, as the number form reads it: its whole name or
 * company, or words of them that fit one carrier there ("CTM", "台湾大哥大"); undefined otherwise.
 */
export type CarrierOf = (carrier: string, country: string | null) => CarrierView | undefined;

/**
 * Keepline's carriers (the catalog with the user's edits, and the user's own) as the number form offers
 * them, read once: thousands of numbers name a few dozen carriers, each matched once. Their rules come with
 * Keepline's phase names in `locale` (宽限期, Grace period).
 */
export function carrierMatcher(db: Database.Database, locale: Locale): CarrierOf {
  let views: CarrierView[] | null = null;
  const found = new Map<string, CarrierView | undefined>();
  return (carrier, country) => {
    if (carrier.trim() === '') return undefined;
    return kept(found, `${carrier}\u0000${country ?? ''}`, () => {
      const { match } = carriersNamed((views ??= allCarrierViews(db, locale)), carrier, country ?? '');
      // Filled in unasked, so never another country's carrier: the form offers those, the user picks.
      return match && (country === null || match.country === null || match.country === country) ? match : undefined;
    });
  };
}

/** What a number has that decides what its carrier fills in. */
export interface NumberRulesHeld {
  rules: readonly unknown[];
  lapsePhases: readonly unknown[];
  billingPeriod: Period | null;
  /** The time zone was given (a spreadsheet's cell): the carrier's does not replace it. */
  zoneGiven: boolean;
}

export interface CarrierPatch {
  rules?: Rule[];
  lapsePhases?: LapsePhase[];
  timeZone?: string;
  billingPeriod?: Period;
}

/**
 * What a number takes from its carrier: the carrier's rules when it has none, its lapse phases when it has
 * none, and with them the carrier's time zone (unless given) and billing period (when it has none). Rules or
 * phases the number has are its own and stay. Null when the carrier has nothing the number lacks.
 */
export function carrierPatch(number: NumberRulesHeld, carrier: CarrierRules): CarrierPatch | null {
  const fill = carrierFill(carrier, {
    rules: number.rules.length > 0,
    lapsePhases: number.lapsePhases.length > 0,
    timeZone: number.zoneGiven,
    billingPeriod: number.billingPeriod !== null,
    // A plan cost is an amount with its currency: the rules keep the carrier's currency with their amounts.
    currency: true,
  });
  const billingPeriod = fill.billingPeriod ?? number.billingPeriod;
  // A fee rule renews by the billing period: without one (the research gives none, nor the number), the
  // expiry date alone stays the deadline rather than the number being refused for the carrier's rule.
  const rules = (fill.rules ?? []).filter((rule) => rule.kind !== 'fee' || billingPeriod !== null);
  const lapsePhases = fill.lapsePhases ?? [];
  if (rules.length === 0 && lapsePhases.length === 0) return null;
  return {
    ...(rules.length > 0 ? { rules } : {}),
    ...(lapsePhases.length > 0 ? { lapsePhases } : {}),
    ...(fill.timeZone ? { timeZone: fill.timeZone } : {}),
    ...(rules.length > 0 && fill.billingPeriod ? { billingPeriod: fill.billingPeriod } : {}),
  };
}
