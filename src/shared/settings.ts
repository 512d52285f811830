import * as z from 'zod';
import { ExchangeRates } from './exchange-rates.ts';

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Everything the user can set, with its default; checked on every read and write. */
export const Settings = z.strictObject({
  language: z.enum(['system', 'en', 'zh-CN']).default('system'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Days before a deadline that reminders fire; the largest also marks a number "due soon". */
  leadTimesDays: z
    .array(z.int().min(0).max(365))
    .min(1)
    .max(10)
    .refine((days) => new Set(days).size === days.length, { params: { reason: 'duplicate_value' } })
    .default([30, 7, 1, 0]),
  scanIntervalMinutes: z.int().min(1).max(1440).default(5),
  /** Reminders falling inside wait until it ends; may span midnight (22:00 to 07:00). */
  quietHours: z.strictObject({ start: ClockTime, end: ClockTime }).nullable().default(null),
  /** Null: a `backups` folder beside the database. */
  backupFolder: z.string().min(1).max(1000).nullable().default(null),
  backupsToKeep: z.int().min(1).max(365).default(14),
  launchAtLogin: z.boolean().default(false),
  /** The user's own exchange rates for converted spending totals; none by default. */
  exchangeRates: ExchangeRates.default(null),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial();

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
