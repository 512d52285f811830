// An import commits its numbers first and plans their reminders after, in the background: the reminders are
// the ones a number added by hand gets, a number page or a scan never sees them missing, and an app closed
// in between plans them when it starts again.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore, numberInput, ManualClock, type TestCore } from './support/test-core.ts';
import { backgroundPlanner } from '#core/reminders/background-plans.ts';
import { withCachedStatements } from '#core/db/cached-statements.ts';
import { openDatabase } from '#core/db/open.ts';
import { silentLogger } from '#core/ports.ts';
import { memorySettings } from '#core/settings/settings-store.ts';

const NOW = '2026-11-25T12:00:00Z';
const HEADER = 'Phone,Expires,Label';

function sheet(lines: string[]) {
  return { fileName: 'numbers.csv', content: [HEADER, ...lines].join('\n'), encoding: 'text' as const, defaultCountry: 'KW' };
}

/** Kuwaiti numbers, each with a deadline a few days further out. */
function manyRows(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `+965 6${String(1_000_000 + index).padStart(7, '0')},2026-12-${String((index % 28) + 1).padStart(2, '0')},line ${index}`);
}

function remindersOf(core: TestCore, e164: string) {
  return core.db
    .prepare(
      `SELECT r.kind, r.offset_days, r.deadline_ends_at, r.fire_at, r.due_at, r.state FROM reminders r JOIN numbers n ON n.id = r.number_id
       WHERE n.e164 = ? ORDER BY r.kind, r.offset_days`,
    )
    .all(e164);
}

const count = (core: TestCore, sql: string) => core.db.prepare(sql).pluck().get() as number;

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});

async function started(dir?: string): Promise<TestCore> {
  const core = await testCore(NOW, dir);
  cores.push(core);
  return core;
}

describe('reminders of imported numbers', () => {
  it('are planned once the import has committed, exactly as for a number added by hand', async () => {
    const imported = await started();
    await imported.call('import.sheetCommit', sheet(['+965 6000 1234,2026-12-20,Kuwait Zain', ...manyRows(250)]));
    await imported.plansSettled();

    const byHand = await started();
    await byHand.call('numbers.create', numberInput({ expiryDate: '2026-12-20' }));

    const planned = remindersOf(imported, '+96560001234');
    expect(planned.length).toBeGreaterThan(1);
    expect(planned).toEqual(remindersOf(byHand, '+96560001234'));
    // All 251 numbers, none left for later.
    expect(count(imported, 'SELECT count(DISTINCT number_id) FROM reminders')).toBe(251);
    expect(count(imported, 'SELECT count(*) FROM reminder_plans WHERE extend_at IS NOT NULL')).toBe(0);
  });

  it("show on a number's page right after the import, before the background has reached them", async () => {
    const core = await started();
    await core.call('import.sheetCommit', sheet([...manyRows(300), '+965 6000 1234,2026-12-20,Kuwait Zain']));
    const { items } = await core.call('numbers.list', { limit: 1, search: '6000 1234' });
    // No timer has run since the import answered: the page plans the number it shows.
    const shown = await core.call('reminders.list', { numberId: items[0]!.id });
    expect(shown.items.map((item) => item.kind)).toContain('lead');
    await core.plansSettled();
    expect((await core.call('reminders.list', { numberId: items[0]!.id })).items).toEqual(shown.items);
  });

  it('are never missed by a scan that runs first: it plans them, then shows what is due', async () => {
    const core = await started();
    // Due tomorrow in Kuwait: its one-day reminder is due already.
    await core.call('import.sheetCommit', sheet(['+965 6000 1234,2026-11-26,Kuwait Zain']));
    const scan = await core.call('reminders.scan', {});
    expect(scan.notices.map((notice) => notice.numberId)).toHaveLength(1);
    expect(scan.notices[0]!.title).toContain('Kuwait Zain');
    await core.plansSettled();
    // Shown once: the background finds nothing left to plan, and the next scan shows nothing.
    expect((await core.call('reminders.scan', {})).notices).toEqual([]);
  });

  it('are planned when the app starts again, if it closed before the background had planned them', async () => {
    const first = await started();
    await first.call('import.sheetCommit', sheet(manyRows(120)));
    first.close();
    cores = cores.filter((core) => core !== first);
    const closedFile = new Database(first.file, { readonly: true });
    expect(closedFile.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(0);
    expect(closedFile.prepare('SELECT count(*) FROM reminder_plans WHERE extend_at IS NOT NULL').pluck().get()).toBe(120);
    closedFile.close();
    const reopened = await started(first.dir);
    expect(count(reopened, 'SELECT count(*) FROM numbers')).toBe(120);
    await reopened.plansSettled();
    expect(count(reopened, 'SELECT count(DISTINCT number_id) FROM reminders')).toBe(120);
    expect(count(reopened, 'SELECT count(*) FROM reminder_plans WHERE extend_at IS NOT NULL')).toBe(0);
  });

  it("wait while a job's worker writes, and go on once it has finished", async () => {
    const { planner, planned, close } = await leftToPlan(150);
    try {
      planner.hold(true);
      planner.kick();
      await planner.settled();
      expect(planned()).toBe(0);
      planner.hold(false);
      await planner.settled();
      expect(planned()).toBe(150);
    } finally {
      close();
    }
  });

  it('wait while another process holds the write lock, and plan once it lets go', async () => {
    const { db, file, planner, planned, close } = await leftToPlan(150);
    // Refused at once rather than waited for, so this test's thread is free to let go of the lock.
    db.pragma('busy_timeout = 0');
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      planner.kick();
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(planned()).toBe(0);
      other.exec('COMMIT');
      await planner.settled();
      expect(planned()).toBe(150);
    } finally {
      other.close();
      close();
    }
  });
});

/** A file an import of `rows` numbers committed to, closed before their reminders were planned, with a planner of its own. */
async function leftToPlan(rows: number) {
  const first = await started();
  await first.call('import.sheetCommit', sheet(manyRows(rows)));
  first.close();
  cores = cores.filter((core) => core !== first);
  const clock = new ManualClock(NOW);
  const backupDir = `${first.dir}/backups`;
  const db = withCachedStatements(await openDatabase({ file: first.file, backupDir, clock, logger: silentLogger }));
  const planner = backgroundPlanner({
    database: { current: db, file: first.file, backupDir: () => backupDir, replace: () => Promise.reject(new Error('no restore')) },
    clock,
    settings: memorySettings(),
    logger: silentLogger,
  });
  return {
    db,
    file: first.file,
    planner,
    planned: () => db.prepare('SELECT count(DISTINCT number_id) FROM reminders').pluck().get(),
    close: () => db.close(),
  };
}
