import type Database from 'better-sqlite3';
import type { Locale } from '#shared/locale.ts';
import type { Clock, Logger } from './ports.ts';
import type { SettingsService } from './settings/settings-store.ts';

export interface CoreConfig {
  version: string;
  databasePath: string;
}

/** What every handler gets: the database, the clock, the config and the caller's language. */
export interface HandlerContext {
  db: Database.Database;
  clock: Clock;
  logger: Logger;
  config: CoreConfig;
  settings: SettingsService;
  locale: Locale;
}
