import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore } from '#core/core.ts';
import { takeBackup } from '#core/backup/take-backup.ts';
import { cancelledError } from '#core/jobs/job-control.ts';
import { silentLogger } from '#core/ports.ts';
import { ManualClock, numberInput, tempDir, testCore } from './support/test-core.ts';

const backupDir = (dir: string) => path.join(dir, 'backups');

describe('backups', () => {
  it('are online backups that pass their integrity check, named by time and reason', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    await core.call('numbers.create', numberInput());
    const taken = await core.call('backups.create', {});
    expect(taken).toMatchObject({ name: 'keepline-2026-11-25T12-00-00-000Z-manual.sqlite', reason: 'manual', takenAt: '2026-11-25T12:00:00.000Z' });
    expect(taken.bytes).toBeGreaterThan(4096);
    expect(fs.readdirSync(backupDir(core.dir)).filter((name) => name.includes('partial'))).toEqual([]);
    core.close();
  });

  it('says how many pages it has copied, then that it checks the copy; stopped on the way, it leaves nothing', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    // About 500 pages of 4 KiB, so the copy takes several steps of 100.
    core.db.exec('CREATE TABLE filler (x); WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(1000) FROM n');
    const dir = backupDir(core.dir);
    const steps: [number, number | null][] = [];
    const taken = await takeBackup(core.db, dir, 'manual', new Date('2026-11-25T12:00:00Z'), { step: (done, total) => steps.push([done, total]) });
    const pages = steps.at(-1)![0];
    expect(pages).toBeGreaterThan(400);
    expect(steps.at(-1)).toEqual([pages, null]);
    const copying = steps.slice(0, -1);
    expect(copying.length).toBeGreaterThanOrEqual(4);
    expect(copying.every(([done, total], index) => total === pages && (index === 0 || done > copying[index - 1]![0]))).toBe(true);
    expect(fs.existsSync(taken.file)).toBe(true);

    // Stopped (a cancelled job) after its first step: no backup, no partial file, and no failure to report.
    const stop = {
      step: () => {
        throw cancelledError();
      },
    };
    await expect(takeBackup(core.db, dir, 'manual', new Date('2026-11-25T13:00:00Z'), stop)).rejects.toMatchObject({ code: 'cancelled' });
    expect(fs.readdirSync(dir)).toEqual([taken.name]);
    expect((await core.call('backups.list', {})).lastFailure).toBeNull();
    core.close();
  });

  it('a failed backup is listed with its cause until the next one succeeds', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    await core.call('numbers.create', numberInput());
    // Where the backup is written first, a link leads into a folder that is not there.
    const blocker = path.join(backupDir(core.dir), '.keepline-2026-11-25T12-00-00-000Z-manual.sqlite.partial');
    fs.mkdirSync(backupDir(core.dir), { recursive: true });
    fs.symlinkSync(path.join(core.dir, 'missing', 'backup.sqlite'), blocker);
    expect((await core.fail('backups.create', {})).code).toBe('storage_failed');
    const failed = await core.call('backups.list', {});
    expect(failed.items).toEqual([]);
    expect(failed.lastFailure).toMatchObject({ reason: 'manual', at: '2026-11-25T12:00:00.000Z' });
    expect(failed.lastFailure?.message).toMatch(/^Saving failed: /);

    expect(fs.existsSync(blocker)).toBe(false);
    // A folder in the way is a storage failure too, and is left where it is.
    fs.mkdirSync(blocker);
    expect((await core.fail('backups.create', {})).code).toBe('storage_failed');
    expect(fs.statSync(blocker).isDirectory()).toBe(true);
    fs.rmdirSync(blocker);
    core.clock.set('2026-11-25T13:00:00Z');
    await core.call('backups.create', {});
    const after = await core.call('backups.list', {});
    expect(after.items.map((item) => item.reason)).toEqual(['manual']);
    expect(after.lastFailure).toBeNull();
    core.close();
  });

  it('a failed daily backup is tried again an hour later, not at every scan', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    await core.call('numbers.create', numberInput());
    fs.mkdirSync(backupDir(core.dir), { recursive: true });
    fs.symlinkSync(path.join(core.dir, 'missing', 'backup.sqlite'), path.join(backupDir(core.dir), '.keepline-2026-11-25T12-00-00-000Z-daily.sqlite.partial'));
    expect((await core.fail('backups.ensureDaily', {})).code).toBe('storage_failed');
    // The link is gone with the failed attempt: a try now would work, but none is made within the hour.
    core.clock.set('2026-11-25T12:59:00Z');
    expect(await core.call('backups.ensureDaily', {})).toEqual({ taken: null });
    expect((await core.call('backups.list', {})).lastFailure?.reason).toBe('daily');
    core.clock.set('2026-11-25T13:00:00Z');
    expect((await core.call('backups.ensureDaily', {})).taken?.reason).toBe('daily');
    expect((await core.call('backups.list', {})).lastFailure).toBeNull();
    core.close();
  });

  it('keep only the newest N, as the settings say', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    await core.call('settings.update', { backupsToKeep: 3 });
    for (let hour = 0; hour < 5; hour += 1) {
      core.clock.set(`2026-11-25T1${hour}:00:00Z`);
      await core.call('backups.create', {});
    }
    const { items } = await core.call('backups.list', {});
    expect(items.map((item) => item.takenAt)).toEqual(['2026-11-25T14:00:00.000Z', '2026-11-25T13:00:00.000Z', '2026-11-25T12:00:00.000Z']);
    core.close();
  });

  it('a daily backup is taken at start, and not again within 24 hours', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-11-25T08:00:00Z');
    const start = async () => {
      const core = await startCore({ databaseFile: path.join(dir, 'keepline.sqlite'), clock, logger: silentLogger, version: 'test', dailyBackupAfterMs: 0 });
      await core.dailyBackup;
      core.close();
    };
    await start();
    clock.set('2026-11-26T07:59:00Z');
    await start();
    clock.set('2026-11-26T08:00:00Z');
    await start();
    const daily = fs.readdirSync(backupDir(dir)).filter((name) => name.endsWith('-daily.sqlite'));
    expect(daily).toEqual(['keepline-2026-11-25T08-00-00-000Z-daily.sqlite', 'keepline-2026-11-26T08-00-00-000Z-daily.sqlite']);
  });

  it('restore brings yesterday back, after backing up today', async () => {
    const core = await testCore('2026-11-24T12:00:00Z');
    const kept = await core.call('numbers.create', numberInput({ label: 'Kept' }));
    const yesterday = await core.call('backups.create', {});
    core.clock.set('2026-11-25T12:00:00Z');
    await core.call('numbers.delete', { id: kept.id }); // the mistake
    await core.call('numbers.create', numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Added today' }));

    const result = await core.call('backups.restore', { name: yesterday.name });
    expect(result.safetyBackup).toBe('keepline-2026-11-25T12-00-00-000Z-before-restore.sqlite');
    expect((await core.call('numbers.list', {})).items.map((n) => n.label)).toEqual(['Kept']);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Today's state is not lost: it can be restored in turn.
    await core.call('backups.restore', { name: result.safetyBackup! });
    expect((await core.call('numbers.list', {})).items.map((n) => n.label)).toEqual(['Added today']);
    core.close();
  });

  it('a backup that passes its check but cannot be opened (a newer Keepline wrote it) leaves the state as it was', async () => {
    for (const jobs of ['inline', 'worker'] as const) {
      const core = await testCore('2026-11-25T12:00:00Z', tempDir(), jobs);
      await core.call('numbers.create', numberInput({ label: 'Before' }));
      const newer = await core.call('backups.create', {});
      const file = new Database(path.join(backupDir(core.dir), newer.name));
      file.pragma('user_version = 999');
      file.close();
      await core.call('numbers.create', numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Today' }));

      const refused = await core.fail('backups.restore', { name: newer.name });
      expect(refused).toMatchObject({ code: 'database_newer' });
      expect((await core.call('numbers.list', {})).items.map((n) => n.label).sort()).toEqual(['Before', 'Today']);
      expect(fs.readdirSync(core.dir).filter((name) => name.includes('.restoring') || name.includes('.damaged'))).toEqual([]);
      // Writes go on, and the worker (started afresh) reads the file in place.
      await core.call('numbers.create', numberInput({ phone: '+44 7911 123456', timeZone: 'Europe/London', label: 'After' }));
      expect(JSON.parse((await core.call('export.json', {})).content).numbers).toHaveLength(3);
      core.close();
    }
  });

  it('refuses a damaged backup or a name outside the folder, and changes nothing', async () => {
    const core = await testCore();
    await core.call('numbers.create', numberInput());
    const good = await core.call('backups.create', {});
    fs.writeFileSync(path.join(backupDir(core.dir), 'keepline-2026-01-01T00-00-00-000Z-manual.sqlite'), 'garbage that is not sqlite');
    const damaged = await core.fail('backups.restore', { name: 'keepline-2026-01-01T00-00-00-000Z-manual.sqlite' });
    expect(damaged).toMatchObject({ code: 'storage_failed' });
    expect(damaged.message).toContain('is damaged');
    expect(await core.fail('backups.restore', { name: '../keepline.sqlite' })).toMatchObject({ field: 'name', reason: 'not_a_backup' });
    expect((await core.call('numbers.list', {})).items).toHaveLength(1);
    expect((await core.call('backups.list', {})).items.map((item) => item.name)).toContain(good.name);
    core.close();
  });
});
