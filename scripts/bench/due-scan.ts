// The reminder due-scan through dispatch, as the app's timer runs it: with nothing due (most scans), and
// with exactly 100 reminders due (claimed, and their notices built), against an indexed lookup of due rows.
import type Database from 'better-sqlite3';
import type { Dispatch } from '#core/dispatch.ts';
import { claimDue, claimedThrough } from '#core/reminders/reminders-repo.ts';
import type { Clock } from '#core/ports.ts';
import { clock } from './dataset.ts';
import { must } from './dispatch.ts';
import { compare, type PathResult } from './measure.ts';

// The lookup names the open reminders' index as the app's scan does (a partial index, migration 10). The due
// rows are those due since the last claim: earlier ones were shown by it (migration 13).
const DUE = "SELECT * FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at > ? AND due_at <= ? AND closed_at IS NULL";

/** Plans every number's reminders (the first scan does) and shows what the data set made due already. */
export async function planReminders(dispatch: Dispatch): Promise<void> {
  await must(dispatch, 'reminders.scan', {});
}

export async function benchDueScan(db: Database.Database, dispatch: Dispatch, dispatchAt: (at: Clock) => Dispatch, numbers: number, rounds: number): Promise<PathResult[]> {
  const now = clock.now().toISOString();
  const idsOnly = db.prepare("SELECT id FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at > ? AND due_at <= ? AND closed_at IS NULL");
  // Where the last claim reached is read before the clock starts: the lookup is told it, as a bound.
  let lastClaim = claimedThrough(db);
  const nothing = await compare(`due-scan over ${numbers} numbers x 4 lead times, nothing due`, 2, rounds * 5,
    () => must(dispatch, 'reminders.scan', {}),
    () => idsOnly.all(lastClaim, now),
    { repeat: 200, warmup: 10 });

  // 100 reminders still to come are made due before every run, which the clock then passes: a millisecond
  // after the run before (reminders fall due at whole minutes, so no other one does meanwhile), and each scan
  // claims those due since the one before.
  const hundred = db.prepare("SELECT id FROM reminders WHERE state = 'pending' AND due_at > ? AND closed_at IS NULL ORDER BY due_at, id LIMIT 100").pluck().all(now) as number[];
  if (hundred.length !== 100) throw new Error(`only ${hundred.length} reminders to come`);
  let tick = clock.now().getTime();
  const ticking: Clock = { now: () => new Date(tick) };
  const scanning = dispatchAt(ticking);
  const makeDue = db.prepare(
    `UPDATE reminders SET state = 'pending', due_at = ?, shown_at = NULL, shown_count = 0 WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const ids = JSON.stringify(hundred);
  const dueRows = db.prepare(DUE);
  const lookup = () => {
    if (dueRows.all(lastClaim, ticking.now().toISOString()).length !== 100) throw new Error('the lookup did not find the 100 due');
  };
  // A value new each time: SQLite writes nothing for an UPDATE that leaves the row as it was, and such a
  // "commit" would cost no page and no sync.
  const touchRow = db.prepare("UPDATE reminder_meta SET value = ? WHERE key = 'bench_touch'");
  let touches = 0;
  const touch = () => touchRow.run(String((touches += 1)));
  db.prepare("INSERT OR IGNORE INTO reminder_meta (key, value) VALUES ('bench_touch', '')").run();
  // The claim before this version: the 100 rows marked shown, each on its own page of the table.
  const markRows = db.prepare(
    "UPDATE reminders SET state = 'shown', shown_at = @now, shown_count = shown_count + 1, snoozed_until = NULL WHERE state IN ('pending', 'snoozed') AND due_at > @through AND due_at <= @now AND closed_at IS NULL",
  );
  // Every run writes some 100 pages (made due): a WAL checkpoint falls in one run of ten or so, so single
  // runs of a fraction of a millisecond take more samples, as the start page's do.
  const due = await compare('due-scan with 100 due (claimed, notices built)', 2, rounds * 5,
    async () => {
      const result = (await must(scanning, 'reminders.scan', {})) as { notices: { reminderIds: number[] }[] };
      const shown = result.notices.reduce((sum, notice) => sum + notice.reminderIds.length, 0);
      if (shown !== 100) throw new Error(`the scan showed ${shown} reminders, not 100`);
    },
    lookup,
    {
      before: () => {
        tick += 2;
        makeDue.run(new Date(tick - 1).toISOString(), ids);
        lastClaim = claimedThrough(db);
      },
      floors: [
        // What no scan can skip: finding the due rows and committing durably (synchronous=FULL) that they
        // were shown, before any notice goes out, so each is shown once; here the app's own claim.
        { label: 'the claim alone (one row, committed)', run: () => db.transaction(() => claimDue(db, ticking.now().toISOString())).immediate() },
        { label: 'one durable commit of one row, nothing else', run: () => db.transaction(touch)() },
        {
          label: 'the lookup and one durable one-row commit',
          run: () =>
            db.transaction(() => {
              lookup();
              touch();
            }).immediate(),
        },
        {
          label: 'the claim before this version (100 rows marked)',
          run: () => db.transaction(() => markRows.run({ now: ticking.now().toISOString(), through: lastClaim })).immediate(),
        },
      ],
    });
  return [nothing, due];
}
