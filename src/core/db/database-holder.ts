import type Database from 'better-sqlite3';

/**
 * The open database, replaceable as a whole: a restore puts a backup in the file's place. Every dispatch
 * reads `current` afresh.
 */
export interface DatabaseHolder {
  current: Database.Database;
  readonly file: string;
  readonly backupDir: () => string;
  /**
   * Lets go of the file everywhere (a job's worker too), then, from closing it to opening it again with no
   * pause in between (no call meets a closed connection), runs `swap` on the closed file.
   */
  replace(swap: () => void): Promise<void>;
}
