import type Database from 'better-sqlite3';

/** A file up to this size is checked whole each time it is opened (32 MiB: well under a second, cold). */
export const WHOLE_CHECK_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The history of events: nearly all of a large file (3.2 of an agency's 3.4 GB), appended to at its end and
 * read only by the history, spending and exports.
 */
export const HISTORY_TABLE = 'events';

/**
 * What `quick_check` finds in a file about to be opened: 'ok', or its first finding. A file of up to
 * `WHOLE_CHECK_MAX_BYTES` is checked whole. A larger one has every table checked with its indexes except the
 * history: checked whole, the 3.4 GB file of 10,000 numbers and 1,000,000 events took 41 s from a cold
 * disk before the window could show anything, and every job's worker checked it again. The history's pages
 * are read, and so checked, by the daily verified backup; a damaged one met before that is reported as
 * damage wherever it is read (storage-cause.ts), and nothing is written over it.
 */
export function checkAtOpen(db: Database.Database, bytes: number): string {
  if (bytes <= WHOLE_CHECK_MAX_BYTES) return db.pragma('quick_check', { simple: true }) as string;
  // Listing the tables reads the whole schema: a damaged schema page fails here, as corruption.
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> ? ORDER BY name").pluck().all(HISTORY_TABLE) as string[];
  for (const table of tables) {
    const found = db.pragma(`quick_check("${table.replaceAll('"', '""')}")`, { simple: true }) as string;
    if (found !== 'ok') return found;
  }
  return 'ok';
}
