import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KeeplineError } from '../errors.ts';
import type { Clock, Logger } from '../ports.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import { newestBackup, backupFileName } from './backups.ts';

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

function readVersion(file: string, backupDir: string): number {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw corrupt(file, backupDir, `quick_check: ${check}`);
    return version;
  } catch (error) {
    if (error instanceof KeeplineError) throw error;
    throw corrupt(file, backupDir, (error as Error).message);
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

  const version = size > 0 ? readVersion(file, backupDir) : 0;
  if (version > LATEST_VERSION || version > latest) {
    throw new KeeplineError('database_newer', { found: version, known: latest, path: file });
  }

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3 leaves WAL at NORMAL, which can lose the last commit on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);

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
    throw error;
  }
}
