import type Database from 'better-sqlite3';
import type { Locale } from '#shared/locale.ts';
import type { CarrierShell } from './carriers/carrier-shell.ts';
import type { Clock, Logger } from './ports.ts';
import type { DatabaseHolder } from './db/database-holder.ts';
import type { SecretCipher } from './secrets/cipher.ts';
import type { SettingsService } from './settings/settings-store.ts';
import type { JobControl } from './jobs/job-control.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { BackgroundPlanner } from './reminders/background-plans.ts';

export interface CoreConfig {
  version: string;
  databasePath: string;
}

/** What every handler gets: the database, the clock, the config and the caller's language. */
export interface HandlerContext {
  db: Database.Database;
  /** For the rare handler that replaces the whole file (restore). */
  database: DatabaseHolder;
  clock: Clock;
  logger: Logger;
  config: CoreConfig;
  settings: SettingsService;
  cipher: SecretCipher;
  locale: Locale;
  /** The desktop shell's carrier windows; absent over HTTP. */
  carrierShell?: CarrierShell;
  /** Set when this call runs as a job: long loops report progress through it and stop when cancelled. */
  job?: JobControl;
  jobs: JobRunner;
  /** Plans reminders left for after a commit (planAfterCommit): the main thread's; a job's worker has none. */
  planner?: BackgroundPlanner;
}
