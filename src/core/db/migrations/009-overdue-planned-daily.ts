import type { Migration } from './index.ts';

/**
 * The daily overdue reminders of grace are written as each day begins, not all at once (issue 8): a month
 * of grace made some thirty rows per number, every one closed and written again by each renewal.
 * `extend_at` is when a number's next overdue day begins, so the scan plans it then; NULL when none is
 * left. Plans built before keep the rows they wrote, which still fire as they would have.
 */
export const v9OverduePlannedDaily: Migration = {
  version: 9,
  name: 'overdue reminders planned daily',
  up(db) {
    db.exec(`
      ALTER TABLE reminder_plans ADD COLUMN extend_at TEXT;
      CREATE INDEX reminder_plans_by_extend ON reminder_plans (extend_at) WHERE extend_at IS NOT NULL;
    `);
  },
};
