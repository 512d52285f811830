// Recording an event, against one transaction inserting one row: a renewal that moves the deadline (the old
// deadline's reminders closed, the new one's planned), recorded as the app records it (from the dialog, whose
// preview of the same input ran first) and, for reference, as a first call with nothing before it; and an
// event that leaves the deadline as it is (a balance check).
import type Database from 'better-sqlite3';
import type { Dispatch } from '#core/dispatch.ts';
import { clock } from './dataset.ts';
import { must } from './dispatch.ts';
import { compare, type PathResult } from './measure.ts';

const ONE_ROW = "INSERT INTO events (number_id, kind, occurred_on, recorded_at, details, state_before, state_after) VALUES (?, 'activity', ?, ?, '{}', '{}', '{}')";

/**
 * What a renewal that moves the deadline a year must write, as plain statements: its floor. Each statement
 * finds the number's reminders by the number (`+state` keeps SQLite off the state index, which would read
 * every done reminder of every number and make the floor grow with the history).
 */
function rawRenewal(db: Database.Database): (id: number) => void {
  const shift = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '+365 days')`;
  const read = db.prepare('SELECT * FROM numbers WHERE id = ?');
  const event = db.prepare(
    "INSERT INTO events (number_id, kind, occurred_on, recorded_at, amount_minor, currency, details, state_before, state_after, revision_after) VALUES (?, 'renewal', ?, ?, 100000, 'USD', '{}', ?, ?, 0)",
  );
  const number = db.prepare(
    `UPDATE numbers SET expiry_date = date(expiry_date, '+365 days'), deadline_on = date(deadline_on, '+365 days'), deadline_ends_at = ${shift('deadline_ends_at')},
     credit_lost_at = ${shift('credit_lost_at')}, number_lost_at = ${shift('number_lost_at')}, updated_at = ?, revision = revision + 1 WHERE id = ?`,
  );
  const close = db.prepare("UPDATE reminders SET state = 'done', closed_at = ? WHERE number_id = ? AND state IN ('pending', 'snoozed', 'shown')");
  const plan = db.prepare(
    `INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, created_at)
     SELECT number_id, date(deadline_on, '+365 days'), ${shift('deadline_ends_at')}, kind, offset_days, ${shift('fire_at')}, ${shift('fire_at')}, 'pending', ?
     FROM reminders WHERE number_id = ? AND +state = 'done' AND closed_at = ?`,
  );
  const revision = db.prepare('UPDATE reminder_plans SET revision = revision + 1 WHERE number_id = ?');
  return db.transaction((id: number) => {
    const now = clock.now().toISOString();
    const state = JSON.stringify(read.get(id));
    event.run(id, now.slice(0, 10), now, state, state);
    number.run(now, id);
    close.run(now, id);
    plan.run(now, id, now);
    revision.run(id);
  });
}

/** A renewal of a year's validity, in the number's plan currency. */
const renewalOf = ({ id, currency }: { id: number; currency: string }) => ({ numberId: id, kind: 'renewal', amount: { amountMinor: 100_000, currency } });

export async function benchRecording(db: Database.Database, dispatch: Dispatch, rounds: number): Promise<PathResult[]> {
  const oneRow = db.prepare(ONE_ROW);
  const baseline = () => db.transaction(() => oneRow.run(1, '2026-11-25', clock.now().toISOString()))();
  // Numbers whose validity a payment extends, each renewed once (by the app from its dialog, by the app with
  // nothing before it, or raw for the floor).
  const renewable = db
    .prepare(`SELECT id, plan_currency AS currency FROM numbers WHERE rules LIKE '%"validity"%' AND deadline_on IS NOT NULL AND archived = 0 ORDER BY id LIMIT ?`)
    .all(3 * (rounds + 1)) as { id: number; currency: string }[];
  if (renewable.length < 3 * (rounds + 1)) throw new Error(`only ${renewable.length} numbers to renew`);
  const fromDialog = renewable.slice(0, rounds + 1);
  const forFloor = renewable.slice(rounds + 1, 2 * (rounds + 1)).map((row) => row.id);
  const firstCalls = renewable.slice(2 * (rounds + 1));
  const deadlineOf = db.prepare('SELECT deadline_on FROM numbers WHERE id = ?').pluck();
  const record = async (renewing: { id: number; currency: string }) => {
    const before = deadlineOf.get(renewing.id);
    const { number } = (await must(dispatch, 'events.record', renewalOf(renewing))) as { number: { deadlineOn: string } };
    if (number.deadlineOn === before) throw new Error(`renewing number ${renewing.id} left its deadline at ${before}`);
  };
  const raw = rawRenewal(db);
  // The app records only from the record dialog, which first previews the very input Confirm sends (the new
  // deadline, the reminders it plans): the user waits on the record, not on the preview.
  const moves = await compare('record a renewal that moves the deadline (reminders re-planned)', 5, rounds,
    () => record(fromDialog.shift()!),
    baseline,
    {
      beforeApp: () => must(dispatch, 'events.preview', renewalOf(fromDialog[0]!)),
      floors: [{ label: 'its rows, written as plain statements', run: () => raw(forFloor.shift()!) }],
    });
  // The same call with no preview before it (the API's first call for a number not read since start).
  const firstCall = await compare('  the same with no preview of it before', null, rounds, () => record(firstCalls.shift()!), baseline);

  const checked = renewable[0]!;
  const keeps = await compare('record an event that keeps the deadline (a balance check)', 5, rounds,
    () => must(dispatch, 'events.record', { numberId: checked.id, kind: 'balance_check', balance: { amountMinor: 1234, currency: checked.currency } }),
    baseline);
  return [moves, firstCall, keeps];
}
