// Migration 8: triggers log which numbers had their deadline columns written, from any connection; a
// rolled-back write leaves nothing, other edits are not logged, the log prunes itself, and it can run twice.
// Migration 11 drops the log again (nothing reads it since the start page counts in SQL), keeping every number,
// and indexes the zone, so the zones in use are found one seek each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '#core/db/migrations/index.ts';
import { openWithMigrations, tempDir } from './support/test-core.ts';

const open = openWithMigrations;
/** Up to migration 10: the log's last version. */
const WITH_LOG = MIGRATIONS.slice(0, 10);
const logObjects = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) =>
  db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'numbers_changes%'").pluck().get();

describe('migration 8', () => {
  it('logs inserts, deadline writes and deletes of numbers, nothing else, and nothing rolled back', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const old = await open(file, MIGRATIONS.slice(0, 7));
    old.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    old.close();

    const db = await open(file, WITH_LOG);
    const logged = () => db.prepare('SELECT number_id FROM numbers_changes ORDER BY seq').pluck().all();
    expect(logged()).toEqual([]);
    db.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560005678', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    db.exec("UPDATE numbers SET notes = 'a note' WHERE id = 1");
    db.exec("UPDATE numbers SET deadline_on = '2026-12-01', deadline_ends_at = '2026-12-01T21:00:00.000Z' WHERE id = 1");
    expect(() =>
      db.transaction(() => {
        db.exec('UPDATE numbers SET archived = 1 WHERE id = 2');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    db.exec('DELETE FROM numbers WHERE id = 2');
    expect(logged()).toEqual([2, 1, 2]);

    MIGRATIONS[7]!.up(db);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'numbers_changes%'").pluck().get()).toBe(4);
    expect(logged()).toEqual([2, 1, 2]);
    db.close();
  });

  it('keeps the last thousand changes or more, never all of them', async () => {
    const db = await open(path.join(tempDir(), 'keepline.sqlite'), WITH_LOG);
    db.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    const write = db.prepare("UPDATE numbers SET deadline_on = '2026-12-01' WHERE id = 1");
    db.transaction(() => {
      for (let n = 0; n < 4_500; n += 1) write.run();
    })();
    const { count, oldest, latest } = db.prepare('SELECT count(*) AS count, min(seq) AS oldest, max(seq) AS latest FROM numbers_changes').get() as { count: number; oldest: number; latest: number };
    expect(latest).toBe(4_501);
    expect(count).toBeGreaterThanOrEqual(1_000);
    expect(count).toBeLessThanOrEqual(2_000);
    expect(oldest).toBe(latest - count + 1);
    db.close();
  });
});

describe('migration 11', () => {
  it('drops the log and its triggers, keeps every number, indexes the zone, and can run twice', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const old = await open(file, WITH_LOG);
    old.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    old.exec("UPDATE numbers SET deadline_on = '2026-12-01' WHERE id = 1");
    expect(logObjects(old)).toBe(5);
    old.close();

    const db = await open(file);
    expect(logObjects(db)).toBe(0);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT min(time_zone) FROM numbers WHERE time_zone > 'Asia/Kuwait'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('USING COVERING INDEX numbers_by_zone');
    expect(db.prepare('SELECT e164, deadline_on FROM numbers').all()).toEqual([{ e164: '+96560001234', deadline_on: '2026-12-01' }]);
    // Writing numbers needs no log any more.
    db.exec(`INSERT INTO numbers (e164, country, kind, time_zone, created_at, updated_at) VALUES ('+96560005678', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    db.exec("UPDATE numbers SET deadline_on = '2027-01-01' WHERE id = 2");
    db.exec('DELETE FROM numbers WHERE id = 1');
    MIGRATIONS[10]!.up(db);
    expect(logObjects(db)).toBe(0);
    expect(db.prepare('SELECT id, deadline_on FROM numbers').all()).toEqual([{ id: 2, deadline_on: '2027-01-01' }]);
    db.close();
  });
});
