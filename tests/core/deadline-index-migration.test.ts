// Migration 7: the deadline index also covers what statuses are read from, so the list's first page walks
// it in order and the dashboard counts from it alone; the data stays, and running it twice changes nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '#core/db/migrations/index.ts';
import { openWithMigrations, tempDir } from './support/test-core.ts';

const open = openWithMigrations;

describe('migration 7', () => {
  it('replaces the deadline index with one that covers status, keeps the data, and can run twice', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const old = await open(file, MIGRATIONS.slice(0, 6));
    old.exec(`INSERT INTO numbers (e164, country, kind, time_zone, deadline_on, deadline_ends_at, number_lost_at, created_at, updated_at)
      VALUES ('+96560001234', 'KW', 'esim', 'Asia/Kuwait', '2026-12-01', '2026-12-01T21:00:00.000Z', '2026-12-31T21:00:00.000Z', 'x', 'x')`);
    old.close();

    const db = await open(file);
    const indexes = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = 'numbers' ORDER BY name").all();
    // With migration 11's index on the zone beside it, which none of these reads takes instead.
    expect(indexes()).toEqual([{ name: 'numbers_by_deadline_status' }, { name: 'numbers_by_zone' }]);
    const planOf = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ now: 'x', until: 'y' }) as { detail: string }[]).map((row) => row.detail).join(' / ');
    // The list's first page in deadline order: the index's own order, no sort step.
    expect(planOf('SELECT * FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL ORDER BY deadline_ends_at, id LIMIT 100')).toBe(
      'SEARCH numbers USING INDEX numbers_by_deadline_status (archived=? AND deadline_ends_at>?)',
    );
    // The dashboard's days ahead and its lapsed counts: the index alone.
    expect(
      planOf(
        "SELECT id * 1024 + (unixepoch(deadline_on) - 0) / 86400 - CASE WHEN time_zone IN ('Asia/Tokyo') THEN 1 ELSE 0 END FROM numbers WHERE archived = 0 AND deadline_ends_at > @now AND deadline_ends_at <= @until ORDER BY deadline_ends_at, id",
      ),
    ).toBe(
      'SEARCH numbers USING COVERING INDEX numbers_by_deadline_status (archived=? AND deadline_ends_at>? AND deadline_ends_at<?)',
    );
    expect(planOf('SELECT count(*), sum(number_lost_at <= @now) FROM numbers WHERE archived = 0 AND deadline_ends_at <= @now')).toBe(
      'SEARCH numbers USING COVERING INDEX numbers_by_deadline_status (archived=? AND deadline_ends_at<?)',
    );
    expect(db.prepare('SELECT e164, deadline_on FROM numbers').all()).toEqual([{ e164: '+96560001234', deadline_on: '2026-12-01' }]);

    const before = indexes();
    MIGRATIONS[6]!.up(db);
    expect(indexes()).toEqual(before);
    db.close();
  });
});
