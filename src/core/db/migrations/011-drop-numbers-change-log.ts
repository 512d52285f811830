import type { Migration } from './index.ts';

/**
 * The change log of migration 8 goes (issue 8): the start page no longer keeps numbers in memory to patch
 * from it, as SQLite counts the days left of a first load in less time than patching took. Its triggers
 * wrote a row with every number inserted and every deadline written, for nobody to read.
 */
export const v11DropNumbersChangeLog: Migration = {
  version: 11,
  name: 'drop numbers change log',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS numbers_changes_on_insert;
      DROP TRIGGER IF EXISTS numbers_changes_on_update;
      DROP TRIGGER IF EXISTS numbers_changes_on_delete;
      DROP TRIGGER IF EXISTS numbers_changes_pruned;
      DROP TABLE IF EXISTS numbers_changes;
    `);
  },
};
