// When the database cannot be opened (damaged, or emptied after Keepline created it): keep it aside with
// its -wal and -shm, never delete it, and put the newest backup that passes its integrity check in its place.
import { listBackupFiles, type BackupFile } from './backup-files.ts';
import { keepAside } from './kept-aside.ts';
import { putInPlace } from './restore.ts';
import { isIntact } from './take-backup.ts';

export interface Recovery {
  /** Where the damaged file now is (null when there was none, e.g. a vanished file). */
  keptAt: string | null;
  restored: BackupFile;
}

/** The backup a recovery would use: the newest one that is intact. */
export function newestIntactBackup(backupDir: string): BackupFile | null {
  return listBackupFiles(backupDir).find((backup) => isIntact(backup.file)) ?? null;
}

export function recoverFromNewestBackup(file: string, backupDir: string, at: Date): Recovery | null {
  const backup = newestIntactBackup(backupDir);
  if (!backup) return null;
  const keptAt = keepAside(file, at);
  putInPlace(backup.file, file);
  return { keptAt, restored: backup };
}
