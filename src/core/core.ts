import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from './db/open.ts';
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
}

export interface Core {
  dispatch: Dispatch;
  db: Database.Database;
  settings: SettingsService;
  close(): void;
}

function fileSettings(dir: string, options: CoreOptions): SettingsService {
  const { storage, recoveredFrom } = fileSettingsStorage(dir, options.clock, options.logger);
  return createSettingsService(storage, recoveredFrom, options.logger);
}

/** Opens the database and returns the dispatch every transport binds to. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const backupDir = options.backupDir ?? path.join(path.dirname(options.databaseFile), 'backups');
  const db = await openDatabase({ file: options.databaseFile, backupDir, clock: options.clock, logger: options.logger });
  const settings = options.settings ?? fileSettings(path.dirname(options.databaseFile), options);
  const dispatch = createDispatch({
    db,
    settings,
    clock: options.clock,
    logger: options.logger,
    checkOutputs: options.checkOutputs ?? false,
    config: {
      version: options.version,
      databasePath: options.databaseFile,
    },
  });
  return { dispatch, db, settings, close: () => db.close() };
}
