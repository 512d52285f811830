import fs from 'node:fs';
import path from 'node:path';

export interface BackupFile {
  file: string;
  name: string;
  /** Why it was taken: daily, manual, before-v3, before-import, before-restore … */
  reason: string;
  takenAt: string;
  bytes: number;
}

const NAME = /^keepline-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z0-9-]+)\.sqlite$/;

export function backupFileName(reason: string, at: Date): string {
  return `keepline-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

function takenAtOf(stamp: string): string {
  const [date, h, m, s, ms] = [stamp.slice(0, 10), stamp.slice(11, 13), stamp.slice(14, 16), stamp.slice(17, 19), stamp.slice(20, 23)];
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

/** The backups in a folder, newest first; files that are not Keepline backups are ignored. */
export function listBackupFiles(dir: string): BackupFile[] {
  // No folder (or a file where it should be) holds no backups; taking one then says why it cannot.
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = NAME.exec(name);
      if (!match) return [];
      const file = path.join(dir, name);
      return [{ file, name, reason: match[2]!, takenAt: takenAtOf(match[1]!), bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** The most recent backup file in a folder, or null. */
export function newestBackup(dir: string): string | null {
  return listBackupFiles(dir)[0]?.file ?? null;
}

/** The newest backup's name, or '' when there is none (as messages name it). */
export function newestBackupName(dir: string): string {
  return listBackupFiles(dir)[0]?.name ?? '';
}
