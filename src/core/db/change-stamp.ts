import type Database from 'better-sqlite3';

/**
 * Changes whenever any row changes: this connection's count of changed rows, and SQLite's counter of commits
 * by other connections (a job's worker thread has its own). What is kept in memory from the database is
 * valid while its stamp is.
 */
export function changeStamp(db: Database.Database): string {
  const { changes, version } = db.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version').get() as {
    changes: number;
    version: number;
  };
  return `${changes}|${version}`;
}
