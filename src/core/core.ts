import path from 'node:path';
import type Database from 'better-sqlite3';
import type { DatabaseHolder } from './db/database-holder.ts';
import type { SecretCipher } from './secrets/cipher.ts';
import { keyFileCipher } from './secrets/key-file-cipher.ts';
import type { CarrierShell } from './carriers/carrier-shell.ts';
import { BUSY_TIMEOUT_MS, openDatabase } from './db/open.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { workerExecutor } from './jobs/worker-executor.ts';
import { withCachedStatements } from './db/cached-statements.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { backgroundPlanner } from './reminders/background-plans.ts';
import type { Clock, Logger } from './ports.ts';
import { createSettingsService, fileSettingsStorage, type SettingsService } from './settings/settings-store.ts';

export interface CoreOptions {
  databaseFile: string;
  backupDir?: string;
  clock: Clock;
  logger: Logger;
  version: string;
  /** Defaults to a settings.json beside the database. */
  settings?: SettingsService;
  checkOutputs?: boolean;
  /** The desktop shell's carrier windows (renewals); absent over HTTP. */
  carrierShell?: CarrierShell;
  /** Encrypts secrets; defaults to an AES-GCM key file beside the database (web transport, tests). */
  cipher?: SecretCipher;
  /** Take the daily backup at start when none is less than a day old (default true). */
  dailyBackup?: boolean;
  /** How long after start the daily backup waits (default 5 s). */
  dailyBackupAfterMs?: number;
  /**
   * Where long methods (imports, exports, backups) run: `worker` (default) in a worker thread, `inline` in
   * this thread (tests of what they do rather than where).
   */
  jobs?: 'worker' | 'inline';
  /** The worker's script; defaults to jobs/job-worker.ts beside this file (right when run from source). */
  workerFile?: URL | string;
}

export interface Core {
  dispatch: Dispatch;
  /** The open database (replaced by a restore: read it afresh, don't keep it). */
  readonly db: Database.Database;
  settings: SettingsService;
  /** Settles when the daily backup taken after start has been written (or has failed, which is logged). */
  dailyBackup: Promise<void>;
  /** Settles when the reminders an import left for after its commit are planned (background-plans.ts). */
  plansSettled(): Promise<void>;
  close(): void;
}

function fileSettings(dir: string, options: CoreOptions): SettingsService {
  const { storage, recoveredFrom } = fileSettingsStorage(dir, options.clock, options.logger);
  return createSettingsService(storage, recoveredFrom, options.logger);
}

/** Opens the database and returns the dispatch every transport binds to. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const settings = options.settings ?? fileSettings(path.dirname(options.databaseFile), options);
  // A backup folder chosen in settings wins over the one beside the database.
  const backupDir = () => settings.get().backupFolder ?? options.backupDir ?? path.join(path.dirname(options.databaseFile), 'backups');
  const open = async () => withCachedStatements(await openDatabase({ file: options.databaseFile, backupDir: backupDir(), clock: options.clock, logger: options.logger }));
  const cipher = options.cipher ?? keyFileCipher(path.join(path.dirname(options.databaseFile), 'secret.key'));
  const worker =
    (options.jobs ?? 'worker') === 'worker'
      ? workerExecutor({
          workerFile: options.workerFile ?? new URL('./jobs/job-worker.ts', import.meta.url),
          databaseFile: options.databaseFile,
          version: options.version,
          checkOutputs: options.checkOutputs ?? false,
          cipher,
          clock: options.clock,
          logger: options.logger,
          settings: () => settings.get(),
          backupDir,
        })
      : null;
  const database: DatabaseHolder = {
    current: await open(),
    file: options.databaseFile,
    backupDir,
    async replace(swap) {
      // The worker's connection is to the file being replaced (closed later, it could remove the new file's
      // WAL by name): stopped first, it starts afresh with the next job.
      await worker?.stop();
      database.current.close();
      swap();
      database.current = await open();
    },
  };
  const planner = backgroundPlanner({ database, clock: options.clock, settings, logger: options.logger });
  const jobs = worker
    ? createJobRunner(worker.execute, {
        offloads: true,
        // While an import holds the write lock, a write here is refused at once instead of freezing this thread,
        // and the reminders an import left for later wait; once it has committed, they are planned here.
        onWriting: (writing) => {
          // A job may end after the app began to close.
          if (!database.current.open) return;
          database.current.pragma(`busy_timeout = ${writing ? 0 : BUSY_TIMEOUT_MS}`);
          planner.hold(writing);
        },
        close: () => worker.stop(),
      })
    : undefined;
  const dispatch = createDispatch({
    database,
    settings,
    cipher,
    clock: options.clock,
    logger: options.logger,
    checkOutputs: options.checkOutputs ?? false,
    carrierShell: options.carrierShell,
    planner,
    ...(jobs ? { jobs } : {}),
    config: {
      version: options.version,
      databasePath: options.databaseFile,
    },
  });
  // Left by an import that committed just before the app closed (the first scan would plan them too).
  planner.kick();
  // In the background (a worker), a moment after start: the first window and its first answers come first.
  let closed = false;
  const dailyBackup =
    (options.dailyBackup ?? true)
      ? new Promise<void>((resolve) => setTimeout(resolve, options.dailyBackupAfterMs ?? 5_000).unref())
          .then(() => (closed ? null : dispatch('backups.ensureDaily', {})))
          .then((daily) => {
            if (daily && !daily.ok) options.logger.warn('daily backup failed', { error: daily.error.message });
          })
      : Promise.resolve();
  return {
    dispatch,
    get db() {
      return database.current;
    },
    settings,
    dailyBackup,
    plansSettled: () => planner.settled(),
    close: () => {
      closed = true;
      planner.stop();
      void jobs?.close();
      database.current.close();
    },
  };
}
