import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Output } from '#shared/contract.ts';
import { startCore } from '#core/core.ts';
import { openDatabase } from '#core/db/open.ts';
import { WHOLE_CHECK_MAX_BYTES } from '#core/db/open-check.ts';
import { KeeplineError } from '#core/errors.ts';
import { silentLogger } from '#core/ports.ts';
import { ManualClock, numberInput, testCore } from './support/test-core.ts';

const clock = new ManualClock('2026-11-25T12:00:00Z');

/** A closed file past the size checked whole at open, nearly all of it history, as an agency's is. */
async function largeFile(): Promise<string> {
  const core = await testCore();
  const { id } = await core.call('numbers.create', numberInput({ label: 'Kept line' }));
  await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'call' });
  const columns = (core.db.prepare("SELECT name FROM pragma_table_info('events') WHERE name <> 'id'").pluck().all() as string[]).join(', ');
  const eventBytes = core.db.prepare('SELECT length(state_before) + length(state_after) FROM events').pluck().get() as number;
  core.db
    .prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO events (${columns}) SELECT ${columns} FROM events, n`)
    .run(Math.ceil((WHOLE_CHECK_MAX_BYTES * 1.1) / eventBytes));
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  expect(fs.statSync(core.file).size).toBeGreaterThan(WHOLE_CHECK_MAX_BYTES);
  return core.file;
}

/** Overwrites the head of a table's middle leaf page with 0xff, as a bad sector or a stray write would. */
function damagePageOf(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const leaves = "FROM dbstat WHERE name = @table AND pagetype = 'leaf'";
  const page = db.prepare(`SELECT pageno ${leaves} ORDER BY pageno LIMIT 1 OFFSET (SELECT count(*) / 2 ${leaves})`).pluck().get({ table }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, Buffer.alloc(512, 0xff), 0, 512, (page - 1) * pageSize);
  fs.closeSync(handle);
}

const open = (file: string) => openDatabase({ file, backupDir: path.join(path.dirname(file), 'backups'), clock, logger: silentLogger });

describe('opening a large file', () => {
  it('checks every table but the history, so a damaged page of numbers is still refused and the file left as it was', async () => {
    const file = await largeFile();
    damagePageOf(file, 'numbers');
    const bytes = fs.readFileSync(file);
    const refused = await open(file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(KeeplineError);
    expect((refused as KeeplineError).code).toBe('database_corrupt');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('opens with a damaged page of history, which says what it is where it is read, and which the backup names as damage', async () => {
    const file = await largeFile();
    const backupDir = path.join(path.dirname(file), 'backups');
    const intact = `${file}.intact`;
    fs.copyFileSync(file, intact);
    damagePageOf(file, 'events');
    const core = await startCore({ databaseFile: file, clock, logger: silentLogger, version: 'test', checkOutputs: true, dailyBackup: false, jobs: 'inline' });
    try {
      // The numbers, their reminders and the start page are whole and work.
      const list = await core.dispatch('numbers.list', {});
      expect(list.ok && (list.value as { items: { label: string }[] }).items.map((item) => item.label)).toEqual(['Kept line']);
      expect((await core.dispatch('dashboard.summary', {})).ok).toBe(true);

      // Reading all of the history meets the page: no "try again", which would meet it again, but what to do.
      const exported = await core.dispatch('export.historyCsv', {});
      expect(!exported.ok && exported.error.code).toBe('storage_failed');
      expect(!exported.ok && exported.error.message).toMatch(
        /^Part of the database file is damaged \(SQLITE_CORRUPT[A-Z_]*\); nothing was changed\. There is no backup to restore: export your numbers as CSV/,
      );
      const chinese = await core.dispatch('export.historyCsv', {}, { locale: 'zh-CN' });
      expect(!chinese.ok && chinese.error.message).toMatch(/^数据库文件有部分损坏（SQLITE_CORRUPT[A-Z_]*），没有任何更改。没有可恢复的备份/);
      const older = 'keepline-2026-11-24T00-00-00-000Z-daily.sqlite';
      fs.mkdirSync(backupDir, { recursive: true });
      fs.renameSync(intact, path.join(backupDir, older));
      const again = await core.dispatch('export.historyCsv', {});
      expect(!again.ok && again.error.message).toContain(`Restore the newest backup (${older}) in Settings, Backups`);

      // The daily backup, unseen in the background, copies the damage, fails its check, keeps no copy, and
      // the backups list says why, in the reader's language, until a backup succeeds.
      const daily = await core.dispatch('backups.ensureDaily', {});
      expect(!daily.ok && daily.error.message).toMatch(/^Part of the database file is damaged \(quick_check: Tree \d+ page \d+/);
      const backups = (await core.dispatch('backups.list', {}, { locale: 'zh-CN' })) as { ok: true; value: Output<'backups.list'> };
      expect(backups.value.items.map((item) => item.name)).toEqual([older]);
      expect(backups.value.lastFailure).toMatchObject({ reason: 'daily', at: clock.now().toISOString() });
      expect(backups.value.lastFailure?.message).toMatch(new RegExp(`^数据库文件有部分损坏（quick_check: Tree \\d+ page \\d+.*请在“设置 › 备份”中恢复最新的备份（${older}）`));

      // Restoring it, as advised: the damaged file cannot be backed up, so it is kept aside, whole, instead.
      const damaged = fs.readFileSync(file);
      const restore = await core.dispatch('backups.restore', { name: older });
      expect(restore.ok).toBe(true);
      const { safetyBackup, damagedKeptAt } = (restore as { ok: true; value: Output<'backups.restore'> }).value;
      expect(safetyBackup).toBeNull();
      expect(damagedKeptAt).toBe(`${file}.damaged-2026-11-25T12-00-00-000Z`);
      expect(fs.readFileSync(damagedKeptAt!).equals(damaged)).toBe(true);
      expect((await core.dispatch('export.historyCsv', {})).ok).toBe(true);
      const after = (await core.dispatch('backups.list', {})) as { ok: true; value: Output<'backups.list'> };
      expect(after.value.lastFailure).toBeNull();
    } finally {
      core.close();
    }
  });
});
