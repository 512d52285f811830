// Migration 10: only open reminders are indexed by state and due time; every closed state has closed_at, no
// open one has it; lookups still go through the index, and running it twice changes nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '#core/db/migrations/index.ts';
import { openWithMigrations, tempDir } from './support/test-core.ts';

describe('migration 10', () => {
  it('indexes only open reminders, brings closed_at in line with each state, and can run twice', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    const old = await openWithMigrations(file, MIGRATIONS.slice(0, 9));
    old.exec(`INSERT INTO numbers (id, e164, country, kind, time_zone, created_at, updated_at) VALUES (1, '+96560001234', 'KW', 'esim', 'Asia/Kuwait', 'x', 'x')`);
    const insert = old.prepare(`INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, shown_at, closed_at, created_at)
      VALUES (1, '2026-12-01', '2026-12-01T21:00:00.000Z', 'lead', ?, ?, ?, ?, ?, ?, '2026-11-01T00:00:00.000Z')`);
    // Written as an older version might have: a closed row without closed_at, an open one with it.
    insert.run(-30, '2026-11-01T21:00:00.000Z', '2026-11-01T21:00:00.000Z', 'done', null, null);
    insert.run(-7, '2026-11-24T21:00:00.000Z', '2026-11-24T21:00:00.000Z', 'dismissed', '2026-11-24T22:00:00.000Z', null);
    insert.run(-1, '2026-11-30T21:00:00.000Z', '2026-11-30T21:00:00.000Z', 'pending', null, '2026-11-20T00:00:00.000Z');
    insert.run(0, '2026-12-01T21:00:00.000Z', '2026-12-01T21:00:00.000Z', 'shown', '2026-12-01T21:00:05.000Z', null);
    old.close();

    const db = await openWithMigrations(file);
    const rows = () => db.prepare('SELECT offset_days AS offsetDays, state, closed_at AS closedAt FROM reminders ORDER BY offset_days').all();
    expect(rows()).toEqual([
      { offsetDays: -30, state: 'done', closedAt: '2026-11-01T00:00:00.000Z' },
      { offsetDays: -7, state: 'dismissed', closedAt: '2026-11-24T22:00:00.000Z' },
      { offsetDays: -1, state: 'pending', closedAt: null },
      { offsetDays: 0, state: 'shown', closedAt: null },
    ]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'reminders_due'").pluck().get()).toBe(
      'CREATE INDEX reminders_due ON reminders (state, due_at) WHERE closed_at IS NULL',
    );
    // The scan's claim and the quick check's next due time go through it.
    const planOf = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' / ');
    expect(planOf("SELECT id FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at <= 'x' AND closed_at IS NULL")).toContain('USING INDEX reminders_due');
    expect(planOf("SELECT min(due_at) FROM reminders WHERE state = 'pending' AND closed_at IS NULL")).toContain('USING INDEX reminders_due');
    expect(db.prepare("SELECT count(*) FROM reminders INDEXED BY reminders_due WHERE state = 'pending' AND closed_at IS NULL").pluck().get()).toBe(1);

    const before = rows();
    MIGRATIONS[9]!.up(db);
    expect(rows()).toEqual(before);
    db.close();
  });
});
