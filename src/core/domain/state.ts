import type { Money, Period } from '#shared/primitives.ts';
import type { LapsePhase, Rule } from '#shared/rules.ts';

/**
 * What keeps a number alive: the part of a number that events change and undo restores.
 * `ruleSources[i]` is the event that last set rule i's date (null: entered by the user).
 */
export interface KeepAliveState {
  expiryDate: string | null;
  expiryEventId: number | null;
  rules: Rule[];
  ruleSources: (number | null)[];
  planName: string;
  planCost: Money | null;
  billingPeriod: Period | null;
}

export interface DeadlineContext {
  timeZone: string;
  lapsePhases: LapsePhase[];
}
