import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';
import type { KeeplineError } from '../errors.ts';
import { newestBackupName } from './backup-files.ts';

/**
 * The last backup that failed, kept beside the backups until one succeeds: the daily one runs in the
 * background, where a failure (a disk full, a damaged page of a large file's history) reaches nobody unless
 * it is kept for the backups list to show.
 */
const FILE = 'keepline-last-backup-failure.json';

const Failure = z.object({ at: z.string(), reason: z.string(), detail: z.record(z.string(), z.union([z.string(), z.number()])) });

export function recordBackupFailure(dir: string, reason: string, at: Date, error: KeeplineError): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, FILE), JSON.stringify({ at: at.toISOString(), reason, detail: error.detail }));
  } catch {
    // A folder that cannot take a backup may not take this either: the caller reports the failure itself.
  }
}

export function clearBackupFailure(dir: string): void {
  fs.rmSync(path.join(dir, FILE), { force: true });
}

/** The kept failure; null when there is none, or it cannot be read (then it says nothing worth showing). */
function readFailure(dir: string): z.infer<typeof Failure> | null {
  try {
    return Failure.safeParse(JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8'))).data ?? null;
  } catch {
    return null;
  }
}

/** When the last backup for `reason` failed, if the last failure was one. */
export function lastFailedAt(dir: string, reason: string): Date | null {
  const failure = readFailure(dir);
  return failure?.reason === reason ? new Date(failure.at) : null;
}

/** The last failure, in the caller's language; null when the newest backup succeeded or the record is unreadable. */
export function lastBackupFailure(dir: string, locale: Locale): { at: string; reason: string; message: string } | null {
  const failure = readFailure(dir);
  if (failure === null) return null;
  const { at, reason, detail } = failure;
  // Damage is told with the backup to restore, which is the newest one now, not when the failure was kept.
  const now = detail.cause === 'damaged' ? { ...detail, backup: newestBackupName(dir) } : detail;
  return { at, reason, message: codeMessage('storage_failed', locale, now) };
}
