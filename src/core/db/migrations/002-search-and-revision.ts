import type { Migration } from './index.ts';

/**
 * Numbers gain a revision (so undo can tell whether the number changed since an event) and the digits a
 * search by number matches, filled from the stored E.164.
 */
export const v2SearchAndRevision: Migration = {
  version: 2,
  name: 'revision and search digits',
  up(db) {
    db.exec(`
      ALTER TABLE numbers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE numbers ADD COLUMN digits TEXT NOT NULL DEFAULT '';
      UPDATE numbers SET digits = substr(e164, 2);
      ALTER TABLE events ADD COLUMN revision_after INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
