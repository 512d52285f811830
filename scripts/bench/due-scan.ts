// The reminder due-scan through dispatch, as the app's timer runs it: with nothing due (most scans), and
// with exactly 100 reminders due (claimed, and their notices built), against an indexed lookup of due rows.
import type Database from 'better-sqlite3';
import type { Dispatch } from '#core/dispatch.ts';
import { claimDue } from '#core/reminders/reminders-repo.ts';
import { clock } from './dataset.ts';
import { must } from './dispatch.ts';
import { compare, type PathResult } from './measure.ts';

// The lookup names the open reminders' index as the app's scan does (a partial index, migration 10).
const DUE = "SELECT * FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at <= ? AND closed_at IS NULL";

/** Plans every number's reminders (the first scan does) and shows what the data set made due already. */
export async function planReminders(dispatch: Dispatch): Promise<void> {
  await must(dispatch, 'reminders.scan', {});
}

export async function benchDueScan(db: Database.Database, dispatch: Dispatch, numbers: number, rounds: number): Promise<PathResult[]> {
  const now = clock.now().toISOString();
  const dueRows = db.prepare(DUE);
  const idsOnly = db.prepare("SELECT id FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at <= ? AND closed_at IS NULL");
  const nothing = await compare(`due-scan over ${numbers} numbers x 4 lead times, nothing due`, 2, rounds * 5,
    () => must(dispatch, 'reminders.scan', {}),
    () => idsOnly.all(now),
    { repeat: 200, warmup: 10 });

  // 100 reminders still to come are made due a minute ago before every run (a scan claims them).
  const hundred = db.prepare("SELECT id FROM reminders WHERE state = 'pending' AND due_at > ? AND closed_at IS NULL ORDER BY due_at, id LIMIT 100").pluck().all(now) as number[];
  if (hundred.length !== 100) throw new Error(`only ${hundred.length} reminders to come`);
  const dueAt = new Date(clock.now().getTime() - 60_000).toISOString();
  const makeDue = db.prepare(
    `UPDATE reminders SET state = 'pending', due_at = ?, shown_at = NULL, shown_count = 0 WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const ids = JSON.stringify(hundred);
  const touch = db.prepare("UPDATE reminder_meta SET value = ? WHERE key = 'bench_touch'");
  db.prepare("INSERT OR IGNORE INTO reminder_meta (key, value) VALUES ('bench_touch', '')").run();
  // Every run writes some 200 pages (made due, then claimed): a WAL checkpoint falls in one run of five or so,
  // so single runs of a few milliseconds take more samples, as the start page's do.
  const due = await compare('due-scan with 100 due (claimed, notices built)', 2, rounds * 5,
    async () => {
      const result = (await must(dispatch, 'reminders.scan', {})) as { notices: { reminderIds: number[] }[] };
      const shown = result.notices.reduce((sum, notice) => sum + notice.reminderIds.length, 0);
      if (shown !== 100) throw new Error(`the scan showed ${shown} reminders, not 100`);
    },
    () => {
      if (dueRows.all(now).length !== 100) throw new Error('the lookup did not find the 100 due');
    },
    {
      before: () => makeDue.run(dueAt, ids),
      floors: [
        // What no scan can skip: marking the 100 shown, durably (synchronous=FULL), so each is shown once. The
        // app's own claim, in a transaction of its own: nothing read before it, no notice after.
        { label: 'the claim alone (100 rows, committed)', run: () => db.transaction(() => claimDue(db, now))() },
        // Any scan that shows a reminder once must commit that it did, durably, before the notice goes out.
        { label: 'one durable commit of one row, nothing else', run: () => db.transaction(() => touch.run(now))() },
        // The least any scan that shows each reminder once can do, whatever it writes: find the due rows and
        // commit one row durably (a "shown up to" mark), in one write transaction.
        {
          label: 'the lookup and one durable one-row commit',
          run: () =>
            db.transaction(() => {
              if (dueRows.all(now).length !== 100) throw new Error('the lookup did not find the 100 due');
              touch.run(now);
            }).immediate(),
        },
      ],
    });
  return [nothing, due];
}
