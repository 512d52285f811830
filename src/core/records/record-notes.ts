import type Database from 'better-sqlite3';
import type { EventView, RecordNotes } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import type { NumberRow } from '../db/number-rows.ts';

/**
 * What a form should warn about before an event is recorded: that it moves none of the number's dates (a
 * renewal of a number with no rule or billing period, without the expiry the carrier shows), and how many
 * events of the same kind and amount the number already has that day (a renewal recorded twice by mistake).
 * `event` is the one about to be recorded, already written inside the caller's dry run: it is not counted.
 */
export function recordNotes(db: Database.Database, before: NumberRow, event: EventView, after: NumberView): RecordNotes {
  const sameDayCount = db
    .prepare(
      `SELECT count(*) FROM events
       WHERE kind = ? AND occurred_on = ? AND number_id = ? AND id <> ? AND amount_minor IS ? AND currency IS ?`,
    )
    .pluck()
    .get(event.kind, event.occurredOn, event.numberId, event.id, event.amount?.amountMinor ?? null, event.amount?.currency ?? null) as number;
  return {
    movesDates: before.expiry_date !== after.expiryDate || before.deadline_on !== after.deadlineOn,
    sameDayCount,
  };
}
