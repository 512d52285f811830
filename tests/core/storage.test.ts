import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { codeMessage } from '#shared/messages.ts';
import { createdMarker, openDatabase } from '#core/db/open.ts';
import { MIGRATIONS, LATEST_VERSION } from '#core/db/migrations/index.ts';
import { KeeplineError } from '#core/errors.ts';
import { silentLogger } from '#core/ports.ts';
import { ManualClock, numberInput, tempDir, testCore } from './support/test-core.ts';

const clock = new ManualClock('2026-11-25T12:00:00Z');
const open = (file: string, migrations = MIGRATIONS) =>
  openDatabase({ file, backupDir: path.join(path.dirname(file), 'backups'), clock, logger: silentLogger, migrations });

const OPEN_ONCE = path.join(import.meta.dirname, 'support', 'open-database-once.ts');
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

interface OpenAnswer {
  code: string;
  detail: Record<string, string>;
  message: string;
}

/**
 * Opens the file as a user who may not write it. Root may write anywhere, so as root the opening runs in a
 * process as "nobody"; where that user cannot reach this checkout (a private home folder), the folder's
 * refusal is the one the file system gives such a user (EACCES), in this process.
 */
async function openAsAnotherUser(file: string): Promise<OpenAnswer> {
  const cwd = path.join(import.meta.dirname, '..', '..');
  const asRoot = process.getuid?.() === 0;
  const reachable = !asRoot || spawnSync('setpriv', [...NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(OPEN_ONCE)}, 4)`], { cwd }).status === 0;
  if (reachable) {
    const command = asRoot ? ['setpriv', ...NOBODY, process.execPath] : [process.execPath];
    const run = spawnSync(command[0]!, [...command.slice(1), OPEN_ONCE, file], { encoding: 'utf8', cwd });
    if (run.stderr !== '') throw new Error(run.stderr);
    return JSON.parse(run.stdout) as OpenAnswer;
  }
  const denied = Object.assign(new Error(`EACCES: permission denied, access '${path.dirname(file)}'`), { code: 'EACCES' });
  const access = vi.spyOn(fs, 'accessSync').mockImplementation(() => {
    throw denied;
  });
  try {
    const error = await refusal(open(file));
    return { code: error.code, detail: error.detail as Record<string, string>, message: error.message };
  } finally {
    access.mockRestore();
  }
}

async function refusal(promise: Promise<unknown>): Promise<KeeplineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KeeplineError) return error;
    throw error;
  }
  throw new Error('expected the database to be refused');
}

describe('opening the database', () => {
  it('creates a new file at the latest version, in WAL with full sync and foreign keys', async () => {
    const file = path.join(tempDir(), 'nested', 'keepline.sqlite');
    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(createdMarker(file))).toBe(true);
  });

  it('migrates an older file, keeping its data, after taking a backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'keepline.sqlite');
    const old = await open(file, MIGRATIONS.slice(0, 1));
    old.prepare(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`).run();
    old.close();

    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT e164, digits, revision FROM numbers').get()).toEqual({ e164: '+96560001234', digits: '96560001234', revision: 1 });
    db.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM numbers').get()).toEqual({ n: 1 });
    backup.close();
  });

  it('migration 6 indexes the spending and slims the reminder indexes, keeps the data, and can run twice', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const old = await open(file, MIGRATIONS.slice(0, 5));
    old.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x');
      INSERT INTO events (number_id, kind, occurred_on, recorded_at, amount_minor, currency, state_before, state_after)
        VALUES (1, 'renewal', '2026-10-01', 'x', 5500, 'KWD', '{}', '{}'), (1, 'activity', '2026-10-02', 'x', NULL, NULL, '{}', '{}');
      INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, shown_at, created_at)
        VALUES (1, '2026-12-01', 'e', 'lead', -7, 'f', 'f', 'shown', '2026-11-24T00:00:00.000Z', 'x');`);
    old.close();

    const db = await open(file);
    const indexes = () => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'reminders') ORDER BY name").all() as { name: string; sql: string }[];
    expect(indexes().map((index) => index.name)).toEqual(['events_by_date', 'events_by_kind', 'events_by_number', 'events_spent_by_month', 'events_spent_by_number', 'reminders_by_shown', 'reminders_due']);
    const planOf = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' / ');
    // The spending page's month view (which names its index since migration 12 added one by kind) and the
    // inbox read their own index, with no sort step.
    expect(planOf("SELECT substr(e.occurred_on, 1, 7), e.currency, sum(e.amount_minor) FROM events e INDEXED BY events_spent_by_month WHERE e.kind IN ('renewal', 'topup') AND e.amount_minor IS NOT NULL GROUP BY substr(e.occurred_on, 1, 7), e.currency")).toBe('SCAN e USING INDEX events_spent_by_month');
    expect(planOf('SELECT * FROM reminders WHERE shown_at IS NOT NULL ORDER BY shown_at DESC, due_at DESC, id DESC LIMIT 5')).toBe('SEARCH reminders USING INDEX reminders_by_shown (shown_at>?)');
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT state FROM reminders').get()).toEqual({ state: 'shown' });

    db.close();

    // Run twice on a file it left (later migrations change the inbox's index again), it changes nothing.
    const sixth = await open(path.join(tempDir(), 'keepline.sqlite'), MIGRATIONS.slice(0, 6));
    const indexesOf = () => sixth.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
    const before = indexesOf();
    MIGRATIONS[5]!.up(sixth);
    expect(indexesOf()).toEqual(before);
    sixth.close();
  });

  it('a migration that fails halfway leaves the file as it was', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    (await open(file, MIGRATIONS.slice(0, 1))).close();
    const failing = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'broken', up: (db: Database.Database) => db.exec('CREATE TABLE half (x); SELECT * FROM nowhere;') }];
    await expect(open(file, failing)).rejects.toThrow(/nowhere/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half') OR sql LIKE '%revision%'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file from a newer Keepline and leaves it byte for byte', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const bytes = fs.readFileSync(file);
    const error = await refusal(open(file));
    expect(error.code).toBe('database_newer');
    expect(error.message).toContain(`schema ${LATEST_VERSION + 5}, this app knows ${LATEST_VERSION}`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a corrupt file without overwriting it, and names the newest backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'keepline.sqlite');
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'keepline-2026-11-24T00-00-00-000Z-daily.sqlite'), 'x');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('not a database at all'), Buffer.alloc(4096, 7)]));
    const bytes = fs.readFileSync(file);
    const error = await refusal(open(file));
    expect(error.code).toBe('database_corrupt');
    expect(error.message).toContain('keepline-2026-11-24T00-00-00-000Z-daily.sqlite');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file with a damaged page, caught by the quick check', async () => {
    const core = await testCore();
    for (let i = 0; i < 200; i += 1) {
      await core.call('numbers.create', numberInput({ phone: `+8190${String(20_000_000 + i)}`, timeZone: 'Asia/Tokyo', notes: 'n'.repeat(400) }));
    }
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.close();
    const bytes = fs.readFileSync(core.file);
    bytes.fill(0xff, 4096 * 3, 4096 * 3 + 512);
    fs.writeFileSync(core.file, bytes);
    expect((await refusal(open(core.file))).code).toBe('database_corrupt');
    expect(fs.readFileSync(core.file).equals(bytes)).toBe(true);
  });

  it('treats an empty or missing file after Keepline created one as data loss, not a fresh start', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    (await open(file)).close();
    for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true });
    fs.writeFileSync(file, '');
    const empty = await refusal(open(file));
    expect(empty.code).toBe('database_corrupt');
    expect(empty.detail.why).toBe('the file is empty');
    expect(fs.statSync(file).size).toBe(0);
    fs.rmSync(file);
    expect((await refusal(open(file))).detail.why).toBe('the file is missing');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a file another program holds locked as locked, never as damaged though a backup could be offered, and opens it once released', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    (await open(file)).close();
    fs.mkdirSync(path.join(path.dirname(file), 'backups'));
    fs.copyFileSync(file, path.join(path.dirname(file), 'backups', 'keepline-2026-11-24T00-00-00-000Z-daily.sqlite'));
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE; COMMIT');
    const error = await refusal(open(file));
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toBe(
      `Keepline could not open ${file}: another program has the file locked: another copy of Keepline, or a sync or backup tool (SQLITE_BUSY). It was left untouched: open Keepline again once that is solved.`,
    );
    other.close();
    (await open(file)).close();
  });

  it('refuses a folder it cannot write as such, in both languages, leaving the file byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'keepline.sqlite');
    (await open(file)).close();
    const bytes = fs.readFileSync(file);
    fs.chmodSync(dir, 0o555);
    fs.chmodSync(file, 0o444);
    const answer = await openAsAnotherUser(file);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    expect(answer.code).toBe('database_unavailable');
    expect(answer.message).toBe(
      `Keepline could not open ${file}: the file or its folder cannot be written: it is read-only, another user's, or on a drive that is not there (EACCES). It was left untouched: open Keepline again once that is solved.`,
    );
    expect(codeMessage('database_unavailable', 'zh-CN', answer.detail)).toBe(
      `Keepline 无法打开 ${file}：文件或其所在文件夹不可写：只读、属于其他用户，或所在磁盘不在（EACCES）。文件未被改动：解决后请重新打开 Keepline。`,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['keepline.sqlite', 'keepline.sqlite.created']);
  });
});

describe('when the file cannot be written', () => {
  it('a write blocked by another process fails cleanly, says so, and works on retry', async () => {
    const core = await testCore();
    const other = new Database(core.file);
    other.exec('BEGIN IMMEDIATE');
    const error = await core.fail('numbers.create', numberInput());
    expect(error.code).toBe('storage_failed');
    expect(error.message).toBe('Saving failed: another program has the file locked: another copy of Keepline, or a sync or backup tool (SQLITE_BUSY); nothing was changed. Try again.');
    other.exec('ROLLBACK');
    other.close();
    expect((await core.call('numbers.list', {})).items).toHaveLength(0);
    expect((await core.call('numbers.create', numberInput())).e164).toBe('+96560001234');
    core.close();
  }, 20_000);
});
