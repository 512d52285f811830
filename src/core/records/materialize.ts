import { computeDeadlines } from '../domain/deadlines.ts';
import { lapseTimeline } from '../domain/lapse.ts';
import type { KeepAliveState } from '../domain/state.ts';
import type { LapsePhase } from '#shared/rules.ts';

/**
 * The deadline columns kept on each number, recomputed in the same transaction as every change so that
 * lists and scans are plain indexed reads.
 */
export function deadlineColumns(state: KeepAliveState, timeZone: string, phases: LapsePhase[]) {
  const { next } = computeDeadlines(state, timeZone);
  if (next === null || next.on === null || next.endsAt === null) {
    return { deadline_on: null, deadline_ends_at: null, credit_lost_at: null, number_lost_at: null };
  }
  const timeline = lapseTimeline(next.on, timeZone, phases);
  return {
    deadline_on: next.on,
    deadline_ends_at: next.endsAt.toISOString(),
    credit_lost_at: timeline.creditLostAt.toISOString(),
    number_lost_at: timeline.numberLostAt.toISOString(),
  };
}
