import type { Migration } from './index.ts';

/**
 * Only open reminders (pending, snoozed, shown: `closed_at` is NULL) are indexed by state and due time
 * (issue 8). Closed ones are never looked up that way, yet every renewal moved its old reminders' entries to
 * the `done` part of the index, some five scattered pages a commit, and the index grew with the history.
 * Rows are first brought in line with the rule the code keeps: a closed state has `closed_at`, an open one
 * has none.
 */
export const v10OpenRemindersIndex: Migration = {
  version: 10,
  name: 'open reminders index',
  up(db) {
    db.exec(`
      UPDATE reminders SET closed_at = coalesce(shown_at, created_at)
        WHERE state IN ('dismissed', 'done', 'retired') AND closed_at IS NULL;
      UPDATE reminders SET closed_at = NULL WHERE state IN ('pending', 'snoozed', 'shown') AND closed_at IS NOT NULL;
      DROP INDEX IF EXISTS reminders_due;
      CREATE INDEX reminders_due ON reminders (state, due_at) WHERE closed_at IS NULL;
    `);
  },
};
