import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KeeplineError } from '../errors.ts';
import type { Clock, Logger } from '../ports.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import { newestBackup, backupFileName } from './backups.ts';
import { checkAtOpen } from './open-check.ts';
import { isCorruption, sqliteCode, storageCause, type StorageCause } from './storage-cause.ts';

/** How long a write waits for another connection's write to finish. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  file: string;
  /** Where backups are kept; a copy is taken there before any migration. */
  backupDir: string;
  clock: Clock;
  logger: Logger;
  /** Migrations to apply, for tests of older files; every one by default. */
  migrations?: readonly { version: number; name: string; up(db: Database.Database): void }[];
}

/** Written beside the database once Keepline has created it: a 0-byte or missing file after that is data loss. */
export function createdMarker(file: string): string {
  return `${file}.created`;
}

function corrupt(file: string, backupDir: string, why: string): KeeplineError {
  const backup = newestBackup(backupDir);
  return new KeeplineError('database_corrupt', {
    path: file,
    why,
    backup: backup ? `Newest backup: ${backup}` : 'No backup was found.',
  });
}

/** The file could not be opened or written, for a reason outside it: it is not damaged, and is left as it is. */
function unavailable(file: string, cause: StorageCause, detail: string): KeeplineError {
  return new KeeplineError('database_unavailable', { path: file, cause, detail });
}

/**
 * What an error while opening means: damage only where SQLite says the file is not a database or its pages
 * are corrupt. A lock held by another program, a read-only folder or a failing disk is not damage: calling
 * it so would offer to put a backup in place of a good file.
 */
function refusalOf(error: unknown, file: string, backupDir: string): unknown {
  if (error instanceof KeeplineError) return error;
  const code = sqliteCode(error);
  if (code !== null && isCorruption(code)) return corrupt(file, backupDir, (error as Error).message);
  // Any other SQLite code (a constraint in a migration, say) is Keepline's own fault, and said as such.
  if (code !== null && storageCause(code) !== 'other') return unavailable(file, storageCause(code), code);
  const fsCode = (error as { code?: unknown }).code;
  if (fsCode === 'EACCES' || fsCode === 'EPERM' || fsCode === 'EROFS') return unavailable(file, 'read_only', fsCode);
  return error;
}

/** Writing needs the file and its folder (for the -wal and -shm files beside it); root may write anything. */
function checkWritable(file: string, exists: boolean): void {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    if (exists) fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    throw unavailable(file, 'read_only', (error as { code?: string }).code ?? 'EACCES');
  }
}

function readVersion(file: string, size: number, backupDir: string): number {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const check = checkAtOpen(probe, size);
    if (check !== 'ok') throw corrupt(file, backupDir, `quick_check: ${check}`);
    return version;
  } catch (error) {
    throw refusalOf(error, file, backupDir);
  } finally {
    probe?.close();
  }
}

/**
 * Opens (or creates) the database, checked before anything is written: a damaged file, a file from a
 * newer Keepline, or a file that vanished after Keepline created it is refused and left untouched.
 */
export async function openDatabase(options: OpenOptions): Promise<Database.Database> {
  const { file, backupDir, clock, logger } = options;
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const exists = fs.existsSync(file);
  const size = exists ? fs.statSync(file).size : 0;
  if (size === 0 && fs.existsSync(createdMarker(file))) {
    throw corrupt(file, backupDir, exists ? 'the file is empty' : 'the file is missing');
  }

  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw refusalOf(error, file, backupDir);
  }
  checkWritable(file, exists);
  const version = size > 0 ? readVersion(file, size, backupDir) : 0;
  if (version > LATEST_VERSION || version > latest) {
    throw new KeeplineError('database_newer', { found: version, known: latest, path: file });
  }

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw refusalOf(error, file, backupDir);
  }
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3 leaves WAL at NORMAL, which can lose the last commit on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MiB of page cache, not SQLite's 2 MiB: an import of thousands of rows otherwise spills its pages to
    // the WAL before it commits, and an agency's lists re-read the same pages.
    db.pragma('cache_size = -65536');

    if (version > 0 && version < latest) {
      fs.mkdirSync(backupDir, { recursive: true });
      const target = path.join(backupDir, backupFileName(`before-v${latest}`, clock.now()));
      await db.backup(target);
      logger.info('backup before migration', { target, from: version, to: latest });
    }
    // All pending migrations in one transaction: a failure leaves the file exactly as it was.
    const pending = migrations.slice(version);
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
    }).immediate();
    if (pending.length > 0) logger.info('migrated', { from: version, to: latest });
    if (!fs.existsSync(createdMarker(file))) fs.writeFileSync(createdMarker(file), `${clock.now().toISOString()}\n`);
    return db;
  } catch (error) {
    db.close();
    throw refusalOf(error, file, backupDir);
  }
}
