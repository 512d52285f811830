import path from 'node:path';
import type Database from 'better-sqlite3';
import { DEFAULT_LEAD_TIMES_DAYS } from './context.ts';
import { openDatabase } from './db/open.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import type { Clock, Logger } from './ports.ts';

export interface CoreOptions {
  databaseFile: string;
  backupDir?: string;
  clock: Clock;
  logger: Logger;
  version: string;
  leadTimesDays?: number[];
  checkOutputs?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  db: Database.Database;
  close(): void;
}

/** Opens the database and returns the dispatch every transport binds to. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const backupDir = options.backupDir ?? path.join(path.dirname(options.databaseFile), 'backups');
  const db = await openDatabase({ file: options.databaseFile, backupDir, clock: options.clock, logger: options.logger });
  const dispatch = createDispatch({
    db,
    clock: options.clock,
    logger: options.logger,
    checkOutputs: options.checkOutputs ?? false,
    config: {
      leadTimesDays: options.leadTimesDays ?? DEFAULT_LEAD_TIMES_DAYS,
      version: options.version,
      databasePath: options.databaseFile,
    },
  });
  return { dispatch, db, close: () => db.close() };
}
