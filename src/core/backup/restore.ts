import fs from 'node:fs';
import type { DatabaseHolder } from '../db/database-holder.ts';
import { KeeplineError } from '../errors.ts';
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

export function putInPlace(source: string, file: string): void {
  const incoming = `${file}.restoring`;
  copyDurably(source, incoming);
  for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true });
  fs.renameSync(incoming, file); // atomic: the file is the old one or the restored one, never half of each
}

/** What a restore did with the state it replaced: a backup of it, or, when it was damaged, the file kept aside. */
export interface Replaced {
  safety: BackupFile | null;
  damagedKeptAt: string | null;
}

/**
 * Replaces the database with a verified backup: the current state is backed up first, the backup goes in
 * through a temp file and an atomic rename, and if the result cannot be opened the previous state returns.
 * A current file too damaged to back up (its copy fails the check) is the reason to restore: it is moved aside
 * with its -wal and -shm instead, never deleted.
 */
export async function restoreBackup(database: DatabaseHolder, backup: BackupFile, at: Date): Promise<Replaced> {
  if (!isIntact(backup.file)) throw new KeeplineError('storage_failed', { detail: `${backup.name} is damaged` });
  let safety: BackupFile | null = null;
  try {
    safety = await takeBackup(database.current, database.backupDir(), 'before-restore', at);
  } catch (error) {
    if (!(error instanceof KeeplineError && error.detail.cause === 'damaged')) throw error;
  }
  database.current.close();
  const damagedKeptAt = safety === null ? keepAside(database.file, at) : null;
  try {
    putInPlace(backup.file, database.file);
    await database.reopen();
  } catch (error) {
    if (safety) putInPlace(safety.file, database.file);
    else if (damagedKeptAt) putBack(damagedKeptAt, database.file);
    await database.reopen();
    throw error instanceof KeeplineError ? error : new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  return { safety, damagedKeptAt };
}
