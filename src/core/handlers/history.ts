import { checkStatedExpiry, eventDetails } from '../records/event-details.ts';
import type { EventInput } from '#shared/events.ts';
import type { EventRow } from '../db/events-repo.ts';
import { todayIn } from '../domain/dates.ts';
import { formatInternational } from '../domain/phone.ts';
import { invalidField, notFound } from '../errors.ts';
import type { HandlerContext } from '../context.ts';
import { checkDateRange } from '../history/date-range.ts';
import { countEvents, newestEventIds, pageEvents } from '../history/history-query.ts';
import { changeEvent } from '../history/replay.ts';
import { eventView } from '../records/event-view.ts';
import { forecastSpending, summarizeSpending } from '../history/spending.ts';
import { requireNumber, viewOf } from './numbers.ts';
import type { Handlers } from './types.ts';
import { dryRun } from '../db/dry-run.ts';

function updateInTransaction(ctx: HandlerContext, id: number, event: EventInput) {
  const target = requireEvent(ctx, id);
  const number = changeEvent(ctx, target, { type: 'update', id, columns: editedColumns(ctx, target, event) });
  const stored = requireEvent(ctx, id);
  return { event: eventView(stored, stored.revision_after === number.revision), number: viewOf(ctx, number) };
}

function requireEvent(ctx: HandlerContext, id: number): EventRow {
  const row = ctx.db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  if (!row) throw notFound('event');
  return row;
}

/** The columns an edited event gets; checked as a new event would be (never in the future, same number). */
function editedColumns(ctx: HandlerContext, target: EventRow, input: EventInput): Partial<EventRow> {
  if (input.numberId !== target.number_id) throw invalidField('event.numberId', 'not_allowed_value', { values: String(target.number_id) });
  const number = requireNumber(ctx, target.number_id);
  const today = todayIn(number.time_zone, ctx.clock.now());
  const occurredOn = input.occurredOn ?? target.occurred_on;
  if (occurredOn > today) throw invalidField('event.occurredOn', 'future_date', { today, zone: number.time_zone });
  checkStatedExpiry(input, occurredOn, 'event.newExpiryDate');
  const amount = 'amount' in input ? input.amount : null;
  return {
    kind: input.kind,
    occurred_on: occurredOn,
    amount_minor: amount?.amountMinor ?? null,
    currency: amount?.currency ?? null,
    activity_type: input.kind === 'activity' ? input.activityType : null,
    method: input.method,
    reason: input.kind === 'payment_failed' ? input.reason : '',
    note: input.note,
    source: input.source,
    details: JSON.stringify(eventDetails(input)),
  };
}

export const historyHandlers = {
  'history.list': (input, ctx) => {
    const filter = checkDateRange({ ...input });
    const total = countEvents(ctx.db, filter);
    const rows = pageEvents(ctx.db, filter, input.offset, input.limit, total);
    const newest = newestEventIds(ctx.db, rows.map((row) => row.number_id));
    return {
      total,
      items: rows.map((row) => ({
        ...eventView(row, newest.get(row.number_id)?.id === row.id),
        e164: row.e164,
        formatted: formatInternational(row.e164),
        label: row.label,
        owner: row.owner,
        country: row.country,
        carrier: row.carrier,
      })),
    };
  },

  'events.update': ({ id, event }, ctx) => ctx.db.transaction(() => updateInTransaction(ctx, id, event)).immediate(),

  'events.updatePreview': ({ id, event }, ctx) => dryRun(ctx.db, () => updateInTransaction(ctx, id, event)),

  'events.delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const target = requireEvent(ctx, id);
      const number = changeEvent(ctx, target, { type: 'delete', id });
      return { deleted: id, number: viewOf(ctx, number) };
    }).immediate(),

  'spending.summary': (filter, ctx) => summarizeSpending(ctx.db, checkDateRange(filter), ctx.settings.get().exchangeRates),

  'spending.forecast': (filter, ctx) => forecastSpending(ctx, filter, ctx.settings.get().exchangeRates),
} satisfies Partial<Handlers>;
