import type { Migration } from './index.ts';

/**
 * Reminders (issue 5). One row per (number, deadline instant, kind, day offset): the UNIQUE key means a
 * reminder is planned once however often planning runs, and its `state` (claimed by an atomic UPDATE)
 * means it is shown once however many scans run. `due_at` is when it may next fire: its planned
 * instant, or the end of a snooze. `reminder_meta` keeps the pause and the lead times the plan was built
 * from; `reminder_plans` the number revision each number's plan was built from.
 */
export const v3Reminders: Migration = {
  version: 3,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        number_id INTEGER NOT NULL REFERENCES numbers (id) ON DELETE CASCADE,
        deadline_on TEXT NOT NULL,
        deadline_ends_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('lead', 'overdue', 'lapse_tomorrow', 'card_expiring')),
        offset_days INTEGER NOT NULL,
        fire_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'shown', 'snoozed', 'dismissed', 'done', 'retired')),
        shown_at TEXT,
        shown_count INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,
        closed_at TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (number_id, deadline_ends_at, kind, offset_days)
      );
      CREATE INDEX reminders_due ON reminders (state, due_at);
      CREATE INDEX reminders_by_number ON reminders (number_id, fire_at);
      CREATE INDEX reminders_by_shown ON reminders (shown_at);
      CREATE TABLE reminder_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE reminder_plans (
        number_id INTEGER PRIMARY KEY REFERENCES numbers (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL
      );
    `);
  },
};
