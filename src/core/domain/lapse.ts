import type { LapsePhase } from '#shared/rules.ts';
import type { Status } from '#shared/numbers.ts';
import { addPeriod, daysBetween, endOfDayIn, todayIn } from './dates.ts';

export interface PhaseSpan {
  index: number;
  name: string;
  startsAt: Date;
  endsAt: Date;
}

export interface LapseTimeline {
  phases: PhaseSpan[];
  /** When remaining credit is forfeited: the start of the first phase that loses it, else when the number is lost. */
  creditLostAt: Date;
  /** When the number is recycled: the end of the last phase, or the deadline itself without phases. */
  numberLostAt: Date;
}

/** Phases follow the deadline back to back; each ends at the end of a calendar day in the carrier's zone. */
export function lapseTimeline(deadlineOn: string, timeZone: string, phases: LapsePhase[]): LapseTimeline {
  const spans: PhaseSpan[] = [];
  let startsAt = endOfDayIn(deadlineOn, timeZone);
  let lastDay = deadlineOn;
  let creditLostAt: Date | null = null;
  phases.forEach((phase, index) => {
    if (phase.creditLost && creditLostAt === null) creditLostAt = startsAt;
    lastDay = addPeriod(lastDay, phase.length);
    const endsAt = endOfDayIn(lastDay, timeZone);
    spans.push({ index, name: phase.name, startsAt, endsAt });
    startsAt = endsAt;
  });
  return { phases: spans, creditLostAt: creditLostAt ?? startsAt, numberLostAt: startsAt };
}

export function statusAt(
  now: Date,
  deadline: { on: string; endsAt: Date } | null,
  timeZone: string,
  phases: LapsePhase[],
  dueSoonDays: number,
): Status {
  if (deadline === null) return { state: 'ok', phaseIndex: null, phaseName: null, daysLeft: null };
  const daysLeft = daysBetween(todayIn(timeZone, now), deadline.on);
  if (now < deadline.endsAt) {
    return { state: daysLeft <= dueSoonDays ? 'due_soon' : 'ok', phaseIndex: null, phaseName: null, daysLeft };
  }
  const timeline = lapseTimeline(deadline.on, timeZone, phases);
  const phase = timeline.phases.find((span) => now >= span.startsAt && now < span.endsAt);
  if (phase) return { state: 'grace', phaseIndex: phase.index, phaseName: phase.name, daysLeft };
  return { state: 'lost', phaseIndex: null, phaseName: null, daysLeft };
}
