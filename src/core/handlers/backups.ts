import { listBackupFiles, type BackupFile } from '../backup/backup-files.ts';
import { clearBackupFailure, lastBackupFailure, lastFailedAt, recordBackupFailure } from '../backup/backup-failure.ts';
import { prepareRestore, replaceDatabase } from '../backup/restore.ts';
import { pruneBackups, takeBackup } from '../backup/take-backup.ts';
import type { HandlerContext } from '../context.ts';
import { invalidField, KeeplineError, RelayedError } from '../errors.ts';
import type { Handlers } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A daily backup that failed is tried again an hour later, not at every scan: a damaged file fails every
 * time, and each try copies and checks the whole file (some 14 s for an agency's 0.6 GB).
 */
const DAILY_RETRY_MS = 60 * 60 * 1000;

function describe({ name, reason, takenAt, bytes }: BackupFile) {
  return { name, reason, takenAt, bytes };
}

async function backupNow(ctx: HandlerContext, reason: string) {
  const dir = ctx.database.backupDir();
  const at = ctx.clock.now();
  let taken: BackupFile;
  try {
    // Run as a job ("Back up now"), it says how far the copy is: an agency's file takes seconds to copy and check.
    taken = await takeBackup(ctx.db, dir, reason, at, ctx.job);
  } catch (error) {
    // A backup stopped on request failed at nothing: the last failure shown stays as it was.
    if (error instanceof KeeplineError && error.code !== 'cancelled') recordBackupFailure(dir, reason, at, error);
    throw error;
  }
  clearBackupFailure(dir);
  pruneBackups(dir, ctx.settings.get().backupsToKeep);
  return taken;
}

function backupNamed(ctx: HandlerContext, name: string): BackupFile {
  const backup = listBackupFiles(ctx.database.backupDir()).find((candidate) => candidate.name === name);
  if (!backup) throw invalidField('name', 'not_a_backup');
  return backup;
}

/** Takes the daily backup unless one was taken in the last 24 hours, or one failed in the last hour; returns it, or null. */
export async function ensureDailyBackup(ctx: HandlerContext): Promise<BackupFile | null> {
  const now = ctx.clock.now().getTime();
  const recent = listBackupFiles(ctx.database.backupDir()).some(
    (backup) => backup.reason === 'daily' && now - new Date(backup.takenAt).getTime() < DAY_MS,
  );
  const failedAt = lastFailedAt(ctx.database.backupDir(), 'daily');
  const failedLately = failedAt !== null && now - failedAt.getTime() < DAILY_RETRY_MS;
  return recent || failedLately ? null : backupNow(ctx, 'daily');
}

export const backupHandlers = {
  'backups.list': (_input, ctx) => ({
    folder: ctx.database.backupDir(),
    items: listBackupFiles(ctx.database.backupDir()).map(describe),
    lastFailure: lastBackupFailure(ctx.database.backupDir(), ctx.locale),
  }),
  'backups.create': async (_input, ctx) => describe(await backupNow(ctx, 'manual')),
  'backups.ensureDaily': async (_input, ctx) => {
    const taken = await ensureDailyBackup(ctx);
    return { taken: taken ? describe(taken) : null };
  },
  'backups.prepareRestore': async ({ name }, ctx) => {
    const safety = await prepareRestore(ctx.db, ctx.database.backupDir(), backupNamed(ctx, name), ctx.clock.now(), ctx.job);
    return { safetyBackup: safety?.name ?? null };
  },
  'backups.restore': async ({ name }, ctx) => {
    // A job's worker has the file open; replacing it under a running import would lose that import.
    if (ctx.jobs.active) throw new KeeplineError('busy');
    const backup = backupNamed(ctx, name);
    // Its checks take seconds for an agency's file: a job (the worker, in the app), not this thread.
    const prepared = await ctx.jobs.run({ method: 'backups.prepareRestore', input: { name }, locale: ctx.locale });
    if (!prepared.ok) throw new RelayedError(prepared.error);
    // A job started meanwhile (the daily backup, an export) would read the file being replaced.
    if (ctx.jobs.active) throw new KeeplineError('busy');
    const { safetyBackup } = prepared.value as { safetyBackup: string | null };
    const safety = safetyBackup === null ? null : backupNamed(ctx, safetyBackup);
    const { damagedKeptAt } = await replaceDatabase(ctx.database, backup, safety, ctx.clock.now());
    // A failure kept for the file just replaced says nothing of the one in place now.
    clearBackupFailure(ctx.database.backupDir());
    return { restored: backup.name, safetyBackup: safety?.name ?? null, damagedKeptAt };
  },
} satisfies Partial<Handlers>;
