import type Database from 'better-sqlite3';

/**
 * An SQL expression that changes whenever any row changes: this connection's count of changed rows, and
 * SQLite's counter of commits by other connections (a job's worker thread has its own). What is kept in
 * memory from the database is valid while its stamp is.
 */
export const CHANGE_STAMP_SQL = "total_changes() || '|' || (SELECT data_version FROM pragma_data_version)";

export function changeStamp(db: Database.Database): string {
  return db.prepare(`SELECT ${CHANGE_STAMP_SQL}`).pluck().get() as string;
}
