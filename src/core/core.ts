import path from 'node:path';
import type Database from 'better-sqlite3';
import type { DatabaseHolder } from './db/database-holder.ts';
import type { SecretCipher } from './secrets/cipher.ts';
import { keyFileCipher } from './secrets/key-file-cipher.ts';
import type { CarrierShell } from './carriers/carrier-shell.ts';
import { openDatabase } from './db/open.ts';
import { withCachedStatements } from './db/cached-statements.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
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
}

export interface Core {
  dispatch: Dispatch;
  /** The open database (replaced by a restore: read it afresh, don't keep it). */
  readonly db: Database.Database;
  settings: SettingsService;
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
  const database: DatabaseHolder = {
    current: await open(),
    file: options.databaseFile,
    backupDir,
    async reopen() {
      database.current = await open();
    },
  };
  const dispatch = createDispatch({
    database,
    settings,
    cipher: options.cipher ?? keyFileCipher(path.join(path.dirname(options.databaseFile), 'secret.key')),
    clock: options.clock,
    logger: options.logger,
    checkOutputs: options.checkOutputs ?? false,
    carrierShell: options.carrierShell,
    config: {
      version: options.version,
      databasePath: options.databaseFile,
    },
  });
  if (options.dailyBackup ?? true) {
    const daily = await dispatch('backups.ensureDaily', {});
    if (!daily.ok) options.logger.warn('daily backup failed', { error: daily.error.message });
  }
  return {
    dispatch,
    get db() {
      return database.current;
    },
    settings,
    close: () => database.current.close(),
  };
}
