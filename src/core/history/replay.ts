// Editing or deleting a past event: the number's keep-alive state is rebuilt by replaying its history.
//
// Each event keeps the number as it was before and after it (state_before/state_after). To change event k,
// start from k's state_before (untouched by k and everything after it), then apply k as edited (or skip it
// when deleted) and every later event again, in the order they were recorded. Where the user edited the
// number by hand between two events (an event's state_before differs from the previous event's
// state_after), the fields they changed win over the replayed values, field by field; the same for hand
// edits after the last event. Every replayed event gets fresh snapshots, so history explains itself and
// "undo the newest event" keeps working. Events imported from a JSON export have no snapshots
// (revision_after 0): their effect is already in the state that was imported, so changing one changes its
// record only, never the number's dates.
import type { AppliedEvent } from '../domain/apply-event.ts';
import { applyEvent } from '../domain/apply-event.ts';
import type { KeepAliveState } from '../domain/state.ts';
import { decodeState, encodeState, type StoredState } from '../db/event-states.ts';
import { updateEventState, type EventRow } from '../db/events-repo.ts';
import { stateColumns, stateOf, type NumberRow } from '../db/number-rows.ts';
import { writeNumberRow } from '../db/numbers-repo.ts';
import type { HandlerContext } from '../context.ts';
import { replanReminders } from '../reminders/replan.ts';
import { requireNumber, withDeadline } from '../handlers/numbers.ts';

export type EventChange = { type: 'delete'; id: number } | { type: 'update'; id: number; columns: Partial<EventRow> };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function hasSnapshot(row: EventRow): boolean {
  return row.revision_after > 0;
}

function stateIn(stored: StoredState): KeepAliveState {
  return stateOf(decodeState(stored));
}

/** `ours` with every field the user changed by hand (from `base` to `theirs`) taken from `theirs`. */
export function mergeHandEdits(base: KeepAliveState, theirs: KeepAliveState, ours: KeepAliveState): KeepAliveState {
  const result = { ...ours, rules: [...ours.rules], ruleSources: [...ours.ruleSources] };
  if (base.expiryDate !== theirs.expiryDate) {
    result.expiryDate = theirs.expiryDate;
    result.expiryEventId = theirs.expiryEventId;
  }
  if (base.planName !== theirs.planName) result.planName = theirs.planName;
  if (!same(base.planCost, theirs.planCost)) result.planCost = theirs.planCost;
  if (!same(base.billingPeriod, theirs.billingPeriod)) result.billingPeriod = theirs.billingPeriod;
  const sameShape = base.rules.length === theirs.rules.length && base.rules.every((rule, i) => rule.kind === theirs.rules[i]?.kind);
  if (!sameShape || result.rules.length !== theirs.rules.length) {
    return { ...result, rules: theirs.rules, ruleSources: theirs.ruleSources };
  }
  theirs.rules.forEach((rule, index) => {
    if (!same(base.rules[index], rule)) {
      result.rules[index] = rule;
      result.ruleSources[index] = theirs.ruleSources[index] ?? null;
    }
  });
  return result;
}

/** An event row as the event that `applyEvent` reads. */
export function appliedOf(row: EventRow): AppliedEvent {
  const details = JSON.parse(row.details) as Record<string, unknown>;
  const amount = row.amount_minor === null || row.currency === null ? null : { amountMinor: row.amount_minor, currency: row.currency };
  return {
    kind: row.kind,
    numberId: row.number_id,
    occurredOn: row.occurred_on,
    id: row.id,
    method: row.method,
    note: row.note,
    source: row.source,
    amount,
    activityType: row.activity_type,
    reason: row.reason,
    planName: details.planName ?? '',
    planCost: details.planCost ?? null,
    billingPeriod: details.billingPeriod ?? null,
    balance: details.balance,
    newExpiryDate: details.newExpiryDate ?? null,
  } as unknown as AppliedEvent;
}

/** Drops links to an event that no longer exists. */
function withoutLinksTo(state: KeepAliveState, id: number): KeepAliveState {
  return {
    ...state,
    expiryEventId: state.expiryEventId === id ? null : state.expiryEventId,
    ruleSources: state.ruleSources.map((source) => (source === id ? null : source)),
  };
}

/**
 * Applies the change to one event and rebuilds its number, in the caller's transaction. Returns the number
 * as written.
 */
export function changeEvent(ctx: HandlerContext, target: EventRow, change: EventChange): NumberRow {
  const current = requireNumber(ctx, target.number_id);
  const events = ctx.db.prepare('SELECT * FROM events WHERE number_id = ? ORDER BY id').all(target.number_id) as EventRow[];
  const start = events.findIndex((event) => event.id === target.id);
  const updateStmt = (columns: Partial<EventRow>) => {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    ctx.db.prepare(`UPDATE events SET ${names.map((name) => `${name} = @${name}`).join(', ')} WHERE id = @id`).run({ ...columns, id: target.id });
  };
  if (change.type === 'delete') ctx.db.prepare('DELETE FROM events WHERE id = ?').run(target.id);
  else updateStmt(change.columns);

  let state: KeepAliveState;
  let lastReplayed: EventRow | null = null;
  let editedAfterLast = true;
  if (!hasSnapshot(target)) {
    state = stateOf(current);
  } else {
    state = stateIn(target.state_before);
    let originalAfter = stateIn(target.state_before);
    const asRow = (next: KeepAliveState) => withDeadline(ctx, { ...current, ...stateColumns(next) });
    for (const original of events.slice(start)) {
      if (!hasSnapshot(original)) continue;
      if (original.id !== target.id) state = mergeHandEdits(originalAfter, stateIn(original.state_before), state);
      originalAfter = stateIn(original.state_after);
      if (original.id === target.id && change.type === 'delete') continue;
      const event = original.id === target.id && change.type === 'update' ? { ...original, ...change.columns } : original;
      const before = asRow(state);
      state = applyEvent(state, appliedOf(event));
      ctx.db
        .prepare('UPDATE events SET state_before = ?, state_after = ? WHERE id = ?')
        .run(encodeState(before), encodeState(asRow(state)), event.id);
      lastReplayed = event;
    }
    editedAfterLast = !same(originalAfter, stateOf(current));
    state = mergeHandEdits(originalAfter, stateOf(current), state);
  }
  if (change.type === 'delete') state = withoutLinksTo(state, target.id);

  const next = withDeadline(ctx, {
    ...current,
    ...stateColumns(state),
    updated_at: ctx.clock.now().toISOString(),
    revision: current.revision + 1,
  });
  writeNumberRow(ctx.db, next);
  replanReminders(ctx, next.id);
  // The newest event stays undoable when the number was not edited by hand after it.
  const newest = events.filter((event) => !(change.type === 'delete' && event.id === target.id)).at(-1);
  if (lastReplayed && newest?.id === lastReplayed.id && !editedAfterLast) {
    updateEventState(ctx.db, newest.id, next);
  }
  return next;
}
