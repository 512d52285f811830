import type Database from 'better-sqlite3';

/**
 * The open database, replaceable as a whole: a restore closes the file, puts the backup in its place and
 * reopens it. Every dispatch reads `current` afresh.
 */
export interface DatabaseHolder {
  current: Database.Database;
  readonly file: string;
  readonly backupDir: () => string;
  reopen(): Promise<void>;
}
