import type { Migration } from './index.ts';

/**
 * Reminders are claimed by the scan with one row, not one write per reminder (issue 8): marking 100 due
 * reminders shown touched 100 pages of the table, 15 times what finding them costs. A scan now records the
 * instant it claimed up to (`upto`); every reminder still waiting whose due time is at or before the latest
 * one has been shown, at the first claim at or after its due time (reminders-repo.ts derives both). A
 * reminder's row takes that state when it is next written (snoozed, dismissed, re-planned).
 *
 * The inbox lists the reminders of one scan the latest due first, which the claims give without reading
 * when each was shown: the index of shown reminders holds their due time too, so its order is the inbox's.
 */
export const v13ReminderClaims: Migration = {
  version: 13,
  name: 'reminder claims',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_claims (upto TEXT PRIMARY KEY) WITHOUT ROWID;
      DROP INDEX IF EXISTS reminders_by_shown;
      CREATE INDEX reminders_by_shown ON reminders (shown_at, due_at) WHERE shown_at IS NOT NULL;
    `);
  },
};
