import type { Explanation } from '#shared/numbers.ts';
import type { Rule } from '#shared/rules.ts';
import { addPeriod, endOfDayIn } from './dates.ts';
import type { KeepAliveState } from './state.ts';

export interface ComputedDeadline {
  on: string | null;
  endsAt: Date | null;
  explanation: Explanation;
}

/** Finds the event that set a date, for the explanation ("set by the renewal of 20 Nov"). */
export type EventLookup = (eventId: number) => { kind: string; occurredOn: string } | null;

const noLookup: EventLookup = () => null;

function deadline(
  on: string | null,
  timeZone: string,
  explanation: Omit<Explanation, 'deadlineOn' | 'timeZone'>,
): ComputedDeadline {
  return {
    on,
    endsAt: on === null ? null : endOfDayIn(on, timeZone),
    explanation: { ...explanation, deadlineOn: on, timeZone },
  };
}

function anchorOf(eventId: number | null, lookup: EventLookup) {
  const event = eventId === null ? null : lookup(eventId);
  return eventId === null || event === null
    ? { anchor: 'entered' as const, eventId: null, eventKind: null, eventOn: null }
    : { anchor: 'event' as const, eventId, eventKind: event.kind, eventOn: event.occurredOn };
}

function expiryDeadline(
  source: 'validity' | 'fee' | 'expiry',
  state: KeepAliveState,
  timeZone: string,
  lookup: EventLookup,
): ComputedDeadline {
  if (state.expiryDate === null) {
    return deadline(null, timeZone, { source, anchor: 'none', eventId: null, eventKind: null, anchorOn: null, period: null });
  }
  const { eventOn, ...from } = anchorOf(state.expiryEventId, lookup);
  // Set by an event, the date to explain is the event's; entered by hand, it is the expiry itself.
  return deadline(state.expiryDate, timeZone, { source, ...from, anchorOn: eventOn ?? state.expiryDate, period: null });
}

export function ruleDeadline(
  rule: Rule,
  index: number,
  state: KeepAliveState,
  timeZone: string,
  lookup: EventLookup,
): ComputedDeadline {
  switch (rule.kind) {
    case 'activity':
    case 'topup': {
      const base = { source: rule.kind, anchorOn: rule.lastOn, period: rule.every };
      if (rule.overrideOn !== null) {
        return deadline(rule.overrideOn, timeZone, { ...base, anchor: 'override', eventId: null, eventKind: null });
      }
      if (rule.lastOn === null) {
        return deadline(null, timeZone, { ...base, anchor: 'none', eventId: null, eventKind: null });
      }
      const { eventOn: _eventOn, ...from } = anchorOf(state.ruleSources[index] ?? null, lookup);
      return deadline(addPeriod(rule.lastOn, rule.every), timeZone, { ...base, ...from });
    }
    case 'validity':
    case 'fee':
      return expiryDeadline(rule.kind, state, timeZone, lookup);
  }
}

/** Every rule's deadline, and the one that matters: the earliest (an expiry date with no rule counts too). */
export function computeDeadlines(state: KeepAliveState, timeZone: string, lookup: EventLookup = noLookup) {
  const perRule = state.rules.map((rule, index) => ruleDeadline(rule, index, state, timeZone, lookup));
  const candidates = [...perRule];
  const expiryHasRule = state.rules.some((rule) => rule.kind === 'validity' || rule.kind === 'fee');
  if (state.expiryDate !== null && !expiryHasRule) {
    candidates.push(expiryDeadline('expiry', state, timeZone, lookup));
  }
  let next: ComputedDeadline | null = null;
  for (const candidate of candidates) {
    if (candidate.on !== null && (next === null || next.on === null || candidate.on < next.on)) next = candidate;
  }
  return { perRule, next };
}
