import type { Migration } from './index.ts';

/**
 * The start page counts days left in SQL (issue 8). It names to SQLite the zones whose day differs from
 * UTC's, so it reads which zones are in use: an index on the zone finds them in one seek each.
 * The change log of migration 8 goes: nothing is kept in memory between loads to patch from it any more,
 * and its triggers wrote a row with every number inserted and every deadline written, for nobody to read.
 */
export const v11StartPageInSql: Migration = {
  version: 11,
  name: 'start page in SQL',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS numbers_changes_on_insert;
      DROP TRIGGER IF EXISTS numbers_changes_on_update;
      DROP TRIGGER IF EXISTS numbers_changes_on_delete;
      DROP TRIGGER IF EXISTS numbers_changes_pruned;
      DROP TABLE IF EXISTS numbers_changes;
      CREATE INDEX IF NOT EXISTS numbers_by_zone ON numbers (time_zone);
    `);
  },
};
