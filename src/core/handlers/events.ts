import type { EventInput } from '#shared/events.ts';
import { checkStatedExpiry, eventDetails } from '../records/event-details.ts';
import { applyEvent } from '../domain/apply-event.ts';
import { todayIn } from '../domain/dates.ts';
import { deleteEventRow, eventById, insertEventRow, lastEventRow, listEventRows, nextEventId, type EventRow } from '../db/events-repo.ts';
import { decodeState, encodeStateJson } from '../db/event-states.ts';
import { stateColumns, stateOf, type NumberRow } from '../db/number-rows.ts';
import { updateNumberRow } from '../db/numbers-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import type { HandlerContext } from '../context.ts';
import { eventView } from '../records/event-view.ts';
import { recordNotes } from '../records/record-notes.ts';
import { replanWritten } from '../reminders/replan.ts';
import { requireNumber, viewOf, withDeadline } from './numbers.ts';
import type { Handlers } from './types.ts';
import { dryRun } from '../db/dry-run.ts';

/** Records an event and applies it to its number, all in the caller's transaction. */
export function recordInTransaction(ctx: HandlerContext, input: EventInput) {
  const row = requireNumber(ctx, input.numberId);
  const now = ctx.clock.now();
  const today = todayIn(row.time_zone, now);
  const occurredOn = input.occurredOn ?? today;
  if (occurredOn > today) throw invalidField('occurredOn', 'future_date', { today, zone: row.time_zone });
  checkStatedExpiry(input, occurredOn, 'newExpiryDate');
  // Recording never moves a known date earlier: a stated expiry before the one on file is a typo, or the file is wrong.
  if ('newExpiryDate' in input && input.newExpiryDate !== null && row.expiry_date !== null && input.newExpiryDate < row.expiry_date) {
    throw invalidField('newExpiryDate', 'before_expiry', { expiry: row.expiry_date });
  }

  const amount = 'amount' in input ? input.amount : null;
  const eventRow: Omit<EventRow, 'id' | 'state_before' | 'state_after' | 'revision_after'> = {
    number_id: row.id,
    kind: input.kind,
    occurred_on: occurredOn,
    recorded_at: now.toISOString(),
    amount_minor: amount?.amountMinor ?? null,
    currency: amount?.currency ?? null,
    activity_type: input.kind === 'activity' ? input.activityType : null,
    method: input.method,
    reason: input.kind === 'payment_failed' ? input.reason : '',
    note: input.note,
    source: input.source,
    details: JSON.stringify(eventDetails(input)),
  };
  // The event's id is known before it is written, so it is written once, with the number as it will be.
  const id = nextEventId(ctx.db);
  const state = applyEvent(stateOf(row), { ...input, occurredOn, id });
  const next = withDeadline(ctx, {
    ...row,
    ...stateColumns(state),
    updated_at: now.toISOString(),
    revision: row.revision + 1,
  });
  // Each state is written out once: deflated for the table, and as JSON text for the view.
  const before = JSON.stringify(row);
  const after = JSON.stringify(next);
  insertEventRow(ctx.db, { id, ...eventRow, state_before: encodeStateJson(before), state_after: encodeStateJson(after), revision_after: next.revision });
  updateNumberRow(ctx.db, row, next);
  // A deadline the event moved is met: its reminders are done, the new deadline's are planned.
  replanWritten(ctx, row, next, 'done');
  // The view reads the states as JSON text too, which spares inflating what was just deflated.
  const stored = { id, ...eventRow, state_before: before, state_after: after, revision_after: next.revision };
  return { event: eventView(stored, true), number: viewOf(ctx, next) };
}

export const eventHandlers = {
  'events.list': ({ numberId }, ctx) => {
    const row = requireNumber(ctx, numberId);
    const rows = listEventRows(ctx.db, numberId);
    // Undo takes back the event recorded last, wherever its date puts it in the list.
    const lastRecorded = rows.reduce((last, event) => Math.max(last, event.id), 0);
    return { items: rows.map((event) => eventView(event, event.id === lastRecorded && event.revision_after === row.revision)) };
  },

  'events.record': (input, ctx) => ctx.db.transaction(() => recordInTransaction(ctx, input)).immediate(),

  'events.preview': (input, ctx) =>
    dryRun(ctx.db, () => {
      const before = requireNumber(ctx, input.numberId);
      const recorded = recordInTransaction(ctx, input);
      return { ...recorded, notes: recordNotes(ctx.db, before, recorded.event, recorded.number) };
    }),

  'events.undoLast': ({ numberId, eventId }, ctx) =>
    ctx.db.transaction(() => {
      const row = requireNumber(ctx, numberId);
      const last = lastEventRow(ctx.db, numberId);
      if (eventId !== undefined && last?.id !== eventId) {
        // Undone already (twice pressed, or from the number's history), or followed by another event.
        if (eventById(ctx.db, eventId) === null) throw notFound('event');
        throw invalidField('eventId', 'not_last_event');
      }
      if (!last) throw invalidField('numberId', 'nothing_to_undo');
      if (last.revision_after !== row.revision) throw invalidField('numberId', 'edited_since');
      // The row exactly as it was before the event; columns added by later migrations keep today's value.
      const restored: NumberRow = { ...row, ...decodeState(last.state_before) };
      updateNumberRow(ctx.db, row, restored);
      replanWritten(ctx, row, restored);
      deleteEventRow(ctx.db, last.id);
      return { undone: eventView(last, false), number: viewOf(ctx, restored) };
    }).immediate(),
} satisfies Partial<Handlers>;
