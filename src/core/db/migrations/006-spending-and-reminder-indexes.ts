import type { Migration } from './index.ts';

const SPENT = "kind IN ('renewal', 'topup') AND amount_minor IS NOT NULL";

/**
 * Indexes for paths that read a lot (issue 8). Spending: two partial covering indexes over the money spent,
 * ordered by month and currency, and by number and currency, so each breakdown is one streaming pass with
 * no sort. Reminders: a number's reminders are found through the UNIQUE key, which starts with the number,
 * so the second index by number only slowed every insert; and only shown reminders are indexed by when they
 * were shown, as only those are looked up that way.
 */
export const v6SpendingAndReminderIndexes: Migration = {
  version: 6,
  name: 'spending and reminder indexes',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS events_spent_by_month
        ON events (substr(occurred_on, 1, 7), currency, amount_minor, occurred_on, number_id) WHERE ${SPENT};
      CREATE INDEX IF NOT EXISTS events_spent_by_number
        ON events (number_id, currency, amount_minor, occurred_on) WHERE ${SPENT};
      DROP INDEX IF EXISTS reminders_by_number;
      DROP INDEX IF EXISTS reminders_by_shown;
      CREATE INDEX reminders_by_shown ON reminders (shown_at) WHERE shown_at IS NOT NULL;
    `);
  },
};
