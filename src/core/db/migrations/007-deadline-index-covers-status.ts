import type { Migration } from './index.ts';

/**
 * The deadline index also holds what statuses are read from (issue 8): the date "days left" counts to, its
 * zone, and when the number is lost. The dashboard's counts and the numbers due in the next 90 days, and the
 * list's status filters, then read the index alone, without a row lookup each. `id` sits right after the
 * deadline, so "deadline, then id" (the list's order) is still the index's own order; it replaces the first
 * index, which it begins with.
 */
export const v7DeadlineIndexCoversStatus: Migration = {
  version: 7,
  name: 'deadline index covers status',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS numbers_by_deadline;
      CREATE INDEX IF NOT EXISTS numbers_by_deadline_status ON numbers (archived, deadline_ends_at, id, time_zone, deadline_on, number_lost_at);
    `);
  },
};
