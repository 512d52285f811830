import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { DatabaseHolder } from '../db/database-holder.ts';
import { KeeplineError } from '../errors.ts';
import type { JobControl } from '../jobs/job-control.ts';
import { takeBackup, isIntact } from './take-backup.ts';
import type { BackupFile } from './backup-files.ts';
import { keepAside, putBack } from './kept-aside.ts';

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to);
  const handle = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

const incomingOf = (file: string) => `${file}.restoring`;

function swapIn(incoming: string, file: string): void {
  for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true });
  fs.renameSync(incoming, file); // atomic: the file is the old one or the restored one, never half of each
}

/** Puts a backup in place of the database file (closed), through a temp file and an atomic rename. */
export function putInPlace(source: string, file: string): void {
  copyDurably(source, incomingOf(file));
  swapIn(incomingOf(file), file);
}

/**
 * The temp file `putInPlace` copies first, copied ahead while the database is still open, without holding
 * the thread (about a second for an agency's 0.6 GB).
 */
async function stageBeside(source: string, file: string): Promise<string> {
  const incoming = incomingOf(file);
  try {
    await fs.promises.copyFile(source, incoming);
    const handle = await fs.promises.open(incoming, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  return incoming;
}

/** What a restore did with the state it replaced: a backup of it, or, when it was damaged, the file kept aside. */
export interface Replaced {
  safety: BackupFile | null;
  damagedKeptAt: string | null;
}

/**
 * The slow half of a restore, which needs no write lock and runs in a job's worker in the app (some 30 s
 * for an agency's file, two whole-file checks): the backup is checked whole, and the current state is backed
 * up. Returns that backup, or null when the current state is too damaged to copy (its copy fails the check):
 * that is the reason to restore, and `replaceDatabase` then keeps the file aside instead.
 */
export async function prepareRestore(db: Database.Database, backupDir: string, backup: BackupFile, at: Date, job?: JobControl): Promise<BackupFile | null> {
  // Nothing copied yet, nothing known: the chosen backup is being checked.
  job?.step(0, null);
  if (!isIntact(backup.file)) throw new KeeplineError('storage_failed', { detail: `${backup.name} is damaged` });
  try {
    return await takeBackup(db, backupDir, 'before-restore', at, job);
  } catch (error) {
    if (!(error instanceof KeeplineError && error.detail.cause === 'damaged')) throw error;
    return null;
  }
}

/**
 * The quick half, by the thread that owns the connection: closed, the file replaced by the backup (a
 * damaged one kept aside with its -wal and -shm, never deleted), opened again. If the result cannot be
 * opened, the previous state returns. The backup is copied beside the file first, so from closing to
 * opening there are only renames: no call meanwhile meets a closed connection, none waits.
 */
export async function replaceDatabase(database: DatabaseHolder, backup: BackupFile, safety: BackupFile | null, at: Date): Promise<Replaced> {
  const incoming = await stageBeside(backup.file, database.file);
  let damagedKeptAt: string | null = null;
  try {
    await database.replace(() => {
      damagedKeptAt = safety === null ? keepAside(database.file, at) : null;
      swapIn(incoming, database.file);
    });
  } catch (error) {
    const keptAt = damagedKeptAt;
    fs.rmSync(incoming, { force: true });
    await database.replace(() => {
      if (safety) putInPlace(safety.file, database.file);
      else if (keptAt) putBack(keptAt, database.file);
    });
    throw error instanceof KeeplineError ? error : new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  return { safety, damagedKeptAt };
}
