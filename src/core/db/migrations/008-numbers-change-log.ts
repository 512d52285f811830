import type { Migration } from './index.ts';

/**
 * A log of which numbers had their deadline columns written (issue 8), kept by triggers so every connection's
 * writes are in it (the job worker's, another process's) and a rolled-back write leaves nothing. What is kept
 * in memory of the numbers near a deadline then re-reads only the numbers changed since, not all of them.
 * The log keeps the last 1,000 to 2,000 entries; a reader that fell further behind reads everything again.
 */
export const v8NumbersChangeLog: Migration = {
  version: 8,
  name: 'numbers change log',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS numbers_changes (seq INTEGER PRIMARY KEY, number_id INTEGER NOT NULL);
      CREATE TRIGGER IF NOT EXISTS numbers_changes_on_insert AFTER INSERT ON numbers
        BEGIN INSERT INTO numbers_changes (number_id) VALUES (NEW.id); END;
      CREATE TRIGGER IF NOT EXISTS numbers_changes_on_update AFTER UPDATE OF archived, time_zone, deadline_on, deadline_ends_at, number_lost_at ON numbers
        BEGIN INSERT INTO numbers_changes (number_id) VALUES (NEW.id); END;
      CREATE TRIGGER IF NOT EXISTS numbers_changes_on_delete AFTER DELETE ON numbers
        BEGIN INSERT INTO numbers_changes (number_id) VALUES (OLD.id); END;
      CREATE TRIGGER IF NOT EXISTS numbers_changes_pruned AFTER INSERT ON numbers_changes WHEN NEW.seq % 1000 = 0
        BEGIN DELETE FROM numbers_changes WHERE seq <= NEW.seq - 1000; END;
    `);
  },
};
