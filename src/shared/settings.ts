import * as z from 'zod';
import { ExchangeRates } from './exchange-rates.ts';

/**
 * A folder from the root: `/…` (macOS, Linux), `C:\…` or `C:/…`, or a network share `\\server\…`. A relative
 * one would be resolved against wherever the app happened to start, so backups could land anywhere.
 */
function isAbsolutePath(folder: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder);
}

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** How many reminder days may be listed, and how far ahead the furthest may be; the settings form checks them too. */
export const LEAD_TIME_LIMITS = { maxDays: 365, maxCount: 10 } as const;

/** What each setting may hold, without its default. */
const settingValues = {
  language: z.enum(['system', 'en', 'zh-CN']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Days before a deadline that reminders fire; the largest also marks a number "due soon". */
  leadTimesDays: z
    .array(z.int().min(0).max(LEAD_TIME_LIMITS.maxDays))
    .min(1)
    .max(LEAD_TIME_LIMITS.maxCount)
    .refine((days) => new Set(days).size === days.length, { params: { reason: 'duplicate_value' } }),
  scanIntervalMinutes: z.int().min(1).max(1440),
  /** Reminders falling inside wait until it ends; may span midnight (22:00 to 07:00). */
  quietHours: z.strictObject({ start: ClockTime, end: ClockTime }).nullable(),
  /** Null: a `backups` folder beside the database. */
  backupFolder: z.string().min(1).max(1000).refine(isAbsolutePath, { params: { reason: 'not_absolute_path' } }).nullable(),
  backupsToKeep: z.int().min(1).max(365),
  launchAtLogin: z.boolean(),
  /** The user's own exchange rates for converted spending totals; none by default. */
  exchangeRates: ExchangeRates,
};

/** Everything the user can set, with its default; checked on every read and write. */
export const Settings = z.strictObject({
  language: settingValues.language.default('system'),
  theme: settingValues.theme.default('system'),
  leadTimesDays: settingValues.leadTimesDays.default([30, 7, 1, 0]),
  scanIntervalMinutes: settingValues.scanIntervalMinutes.default(5),
  quietHours: settingValues.quietHours.default(null),
  backupFolder: settingValues.backupFolder.default(null),
  backupsToKeep: settingValues.backupsToKeep.default(14),
  launchAtLogin: settingValues.launchAtLogin.default(false),
  exchangeRates: settingValues.exchangeRates.default(null),
});
export type Settings = z.infer<typeof Settings>;

/**
 * What `settings.update` changes: the keys it names, nothing else. Built from the values without their
 * defaults: Zod 4 fills a default in even for an optional key, so `Settings.partial()` turned a patch of
 * the theme into every other setting reset to its default.
 */
export const SettingsPatch = z.strictObject(settingValues).partial();

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
