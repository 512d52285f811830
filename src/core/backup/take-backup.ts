import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KeeplineError } from '../errors.ts';
import { backupFileName, listBackupFiles, type BackupFile } from './backup-files.ts';
import { damagedFile } from './damaged-file.ts';
import type { JobControl } from '../jobs/job-control.ts';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const handle = fs.openSync(file, 'r');
  try {
    return fs.readSync(handle, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(handle);
  }
}

/** A Keepline database that passes `integrity_check` (SQLite opens a tiny junk file as an empty, "ok" one). */
export function isIntact(file: string): boolean {
  let db: Database.Database | null = null;
  try {
    if (!hasSqliteHeader(file)) return false;
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.pragma('user_version', { simple: true }) as number) > 0 && db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Why a fresh copy failed its check: the live file's own pages, when they fail it too (pages a large file's
 * check at open leaves to this backup, open-check.ts), which the user must hear of as damage; else the copy.
 */
function failedCheck(db: Database.Database, dir: string): KeeplineError {
  const source = db.pragma('quick_check', { simple: true }) as string;
  // Its findings start with the schema they are in; the finding itself is what says something.
  if (source !== 'ok') return damagedFile(`quick_check: ${source.replace(/^\*\*\* in database \w+ \*\*\*\s*/, '')}`, dir);
  return new KeeplineError('storage_failed', { detail: 'the backup failed its integrity check' });
}

/** What a failed backup began: a file or link; a folder in the way is not Keepline's to remove. */
function removeBegun(file: string): void {
  if (fs.lstatSync(file, { throwIfNoEntry: false })?.isDirectory() === false) fs.rmSync(file, { force: true });
}

/** A backup is one file: switched out of WAL so it carries no -wal/-shm companions. */
function selfContained(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Pages copied between two turns of the event loop (better-sqlite3's own default). */
const PAGES_PER_STEP = 100;

/**
 * Takes an online backup (never a file copy of a live database) into a partial file, checks it, and only
 * then gives it its name: a backup in the folder is always a verified one. Run as a job, it reports the pages
 * copied of the total, then, every page copied and the total null, the check of the copy (which says nothing
 * of how far it is); cancelled, it stops and the partial file is removed.
 */
export async function takeBackup(db: Database.Database, dir: string, reason: string, at: Date, job?: JobControl): Promise<BackupFile> {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  // Two backups in the same millisecond (a restore of a backup just taken) must not overwrite each other.
  let stamp = at.getTime();
  while (fs.existsSync(path.join(dir, backupFileName(reason, new Date(stamp))))) stamp += 1;
  const name = backupFileName(reason, new Date(stamp));
  const partial = path.join(dir, `.${name}.partial`);
  try {
    const report = job && {
      progress: ({ totalPages, remainingPages }: { totalPages: number; remainingPages: number }) => {
        job.step(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    };
    const { totalPages } = await db.backup(partial, report);
    job?.step(totalPages, null);
    selfContained(partial);
    if (!isIntact(partial)) throw failedCheck(db, dir);
    fs.renameSync(partial, path.join(dir, name));
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) removeBegun(partial + suffix);
    if (error instanceof KeeplineError) throw error;
    throw new KeeplineError('storage_failed', { detail: (error as Error).message });
  }
  const taken = listBackupFiles(dir).find((backup) => backup.name === name);
  if (!taken) throw new KeeplineError('storage_failed', { detail: 'the backup vanished after writing' });
  return taken;
}

/** Keeps the newest `keep` backups and deletes the rest; returns the deleted names. */
export function pruneBackups(dir: string, keep: number): string[] {
  const stale = listBackupFiles(dir).slice(keep);
  for (const backup of stale) fs.rmSync(backup.file, { force: true });
  return stale.map((backup) => backup.name);
}
