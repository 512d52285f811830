import { KeeplineError } from '../errors.ts';
import { newestBackupName } from './backup-files.ts';

/**
 * A damaged page met in the open file (SQLITE_CORRUPT) or by the check of a backup (`quick_check` findings),
 * with the newest backup to restore named, or none: the message says which (messages.ts).
 */
export function damagedFile(detail: string, backupDir: string): KeeplineError {
  return new KeeplineError('storage_failed', { detail, cause: 'damaged', backup: newestBackupName(backupDir) });
}
