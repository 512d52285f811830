import fs from 'node:fs';
import type { DatabaseHolder } from '../db/database-holder.ts';
import { KeeplineError } from '../errors.ts';
import { takeBackup, isIntact } from './take-backup.ts';
import type { BackupFile } from './backup-files.ts';

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

/**
 * Replaces the database with a verified backup: the current state is backed up first, the backup goes in
 * through a temp file and an atomic rename, and if the result cannot be opened the previous state returns.
 */
export async function restoreBackup(database: DatabaseHolder, backup: BackupFile, at: Date): Promise<BackupFile> {
  if (!isIntact(backup.file)) throw new KeeplineError('storage_failed', { detail: `${backup.name} is damaged` });
  const safety = await takeBackup(database.current, database.backupDir(), 'before-restore', at);
  database.current.close();
  try {
    putInPlace(backup.file, database.file);
    await database.reopen();
  } catch (error) {
    putInPlace(safety.file, database.file);
    await database.reopen();
    throw error instanceof KeeplineError ? error : new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  return safety;
}
