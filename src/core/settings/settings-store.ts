import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS, Settings } from '#shared/settings.ts';
import type { Clock, Logger } from '../ports.ts';

/**
 * Where settings live: a JSON file through conf, the engine under electron-store, in the app, the web transport
 * and tests alike (electron-store would add only Electron wiring this app does not use, and cannot load in tests).
 */
export interface SettingsStorage {
  read(): unknown;
  write(settings: Settings): void;
}

export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
  /** Set when the file was unreadable at start: where the broken file was kept. Shown to the user once. */
  readonly recoveredFrom: string | null;
}

/**
 * A conf store in `dir`. A file truncated mid-JSON makes conf throw; it is then moved aside (never silently
 * emptied) and the defaults are used.
 */
export function fileSettingsStorage(dir: string, clock: Clock, logger: Logger): { storage: SettingsStorage; recoveredFrom: string | null } {
  const file = path.join(dir, 'settings.json');
  let recoveredFrom: string | null = null;
  const open = () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
  let conf: Conf<Record<string, unknown>>;
  try {
    conf = open();
  } catch (error) {
    recoveredFrom = `${file}.broken-${clock.now().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, recoveredFrom);
    logger.warn('settings file unreadable, kept aside; using defaults', { keptAt: recoveredFrom, error: String(error) });
    conf = open();
  }
  return {
    recoveredFrom,
    storage: {
      read: () => conf.store,
      write: (settings) => {
        conf.store = settings;
      },
    },
  };
}

/** Settings checked against the schema: unknown or invalid stored values fall back to their defaults. */
export function createSettingsService(storage: SettingsStorage, recoveredFrom: string | null, logger: Logger): SettingsService {
  const stored = storage.read();
  const parsed = Settings.safeParse(stored);
  let current: Settings;
  if (parsed.success) {
    current = parsed.data;
  } else {
    logger.warn('settings had invalid values; those fell back to defaults', { issues: parsed.error.issues.length });
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(typeof stored === 'object' && stored !== null ? stored : {})) {
      if (key in DEFAULT_SETTINGS && Settings.shape[key as keyof Settings].safeParse(value).success) valid[key] = value;
    }
    current = Settings.parse(valid);
  }
  return {
    recoveredFrom,
    get: () => current,
    update(patch) {
      const next = Settings.parse({ ...current, ...patch });
      storage.write(next);
      current = next;
      return current;
    },
  };
}

/** Settings kept only in memory, for tests that do not care about the file. */
export function memorySettings(initial: Partial<Settings> = {}): SettingsService {
  let saved: Settings = Settings.parse(initial);
  return createSettingsService({ read: () => saved, write: (next) => (saved = next) }, null, { info() {}, warn() {}, error() {} });
}
