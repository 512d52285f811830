// Reliability: a damaged file is replaced by the newest intact backup (and kept), and a full disk refuses
// a write cleanly, changes nothing, and a retry works once there is room.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { newestIntactBackup, recoverFromNewestBackup } from '#core/backup/recover.ts';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('recovering a damaged database', () => {
  it('uses the newest backup that passes its integrity check, and keeps the damaged file with its -wal', async () => {
    core = await testCore('2026-11-24T12:00:00Z');
    await core.call('numbers.create', numberInput({ label: 'Older backup' }));
    const older = await core.call('backups.create', {});
    core.clock.set('2026-11-25T12:00:00Z');
    const newer = await core.call('backups.create', {});
    const backupDir = path.join(core.dir, 'backups');
    fs.writeFileSync(path.join(backupDir, newer.name), 'damaged backup');
    core.close();
    const { file } = core;
    core = null;
    fs.writeFileSync(file, 'garbage');
    fs.writeFileSync(`${file}-wal`, 'wal bytes');

    expect(newestIntactBackup(backupDir)?.name).toBe(older.name);
    const recovery = recoverFromNewestBackup(file, backupDir, new Date('2026-11-25T13:00:00Z'));
    expect(recovery?.restored.name).toBe(older.name);
    expect(recovery?.keptAt).toBe(`${file}.damaged-2026-11-25T13-00-00-000Z`);
    expect(fs.readFileSync(recovery!.keptAt!, 'utf8')).toBe('garbage');
    expect(fs.readFileSync(`${recovery!.keptAt!}-wal`, 'utf8')).toBe('wal bytes');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT label FROM numbers').all()).toEqual([{ label: 'Older backup' }]);
    db.close();
  });

  it('does nothing when no backup is intact', async () => {
    core = await testCore();
    const backupDir = path.join(core.dir, 'backups');
    fs.mkdirSync(backupDir, { recursive: true });
    fs.writeFileSync(path.join(backupDir, 'keepline-2026-11-24T00-00-00-000Z-daily.sqlite'), 'x');
    core.close();
    const { file } = core;
    core = null;
    fs.writeFileSync(file, 'garbage');
    expect(recoverFromNewestBackup(file, backupDir, new Date())).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe('garbage');
  });
});

describe('a full disk', () => {
  it('refuses the write with a sentence, leaves nothing partial, and a retry works once there is room', async () => {
    core = await testCore();
    await core.call('numbers.create', numberInput());
    // SQLite's own size cap stands in for a full disk: the same SQLITE_FULL a real one gives. Pages freed by
    // migrations (a dropped index) would still be room: VACUUM gives them back first.
    core.db.exec('VACUUM');
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const big = { phone: '+965 6000 9999', timeZone: 'Asia/Kuwait', notes: 'x'.repeat(4000), label: 'Big' };
    const error = await core.fail('numbers.create', big);
    expect(error.code).toBe('storage_failed');
    expect(error.message).toBe('Saving failed: the disk is full (SQLITE_FULL); nothing was changed. Try again.');
    expect((await core.call('numbers.list', {})).items.map((item) => item.label)).toEqual(['Kuwait Zain']);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

    core.db.pragma('max_page_count = 1073741823');
    await core.call('numbers.create', big);
    expect((await core.call('numbers.list', {})).items).toHaveLength(2);
  });
});
