// Kept for the database opener; the backup folder's files are described in backup/backup-files.ts.
export { backupFileName, newestBackup } from '../backup/backup-files.ts';
