import * as z from 'zod';
import { ACTIVITY_TYPES } from './rules.ts';
import { EVENT_KINDS, EVENT_SOURCES } from './events.ts';
import { NumberInput } from './numbers.ts';
import { IsoDate, Money } from './primitives.ts';
import { SECRET_KINDS } from './secrets.ts';

/** One event of a number's history as exported: oldest first. */
export const ExportedEvent = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  occurredOn: IsoDate,
  recordedAt: z.iso.datetime(),
  amount: Money.nullable(),
  activityType: z.enum(ACTIVITY_TYPES).nullable(),
  method: z.string().max(60),
  reason: z.string().max(200),
  note: z.string().max(2000),
  source: z.enum(EVENT_SOURCES),
  details: z.record(z.string(), z.unknown()),
});

export const ExportedNumber = z.strictObject({
  number: NumberInput,
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  events: z.array(ExportedEvent).max(100_000),
  /** Which of `events` set the expiry date and each rule's date (indexes), so explanations survive. */
  anchors: z.strictObject({
    expiryEvent: z.int().min(0).nullable(),
    ruleEvents: z.array(z.int().min(0).nullable()),
  }),
  /** Present only when the user chose to include secrets. */
  secrets: z.array(z.strictObject({ kind: z.enum(SECRET_KINDS), value: z.string().min(1).max(500) })).optional(),
});

/** The full record, versioned: what `export.json` writes and `import.json` reads. */
export const KeeplineExport = z.strictObject({
  format: z.literal('keepline'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  numbers: z.array(ExportedNumber).max(100_000),
});
export type KeeplineExport = z.infer<typeof KeeplineExport>;

/** One event of `export.historyJson`, with the number it belongs to as it is now. */
export const ExportedHistoryEvent = ExportedEvent.extend({
  /** E.164. */
  number: z.string(),
  label: z.string(),
  owner: z.string(),
  country: z.string(),
  carrier: z.string(),
});
export type ExportedHistoryEvent = z.infer<typeof ExportedHistoryEvent>;

/** The events a history filter selects, oldest first: what `export.historyJson` writes (for reading, not import). */
export const KeeplineHistoryExport = z.strictObject({
  format: z.literal('keepline-history'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  events: z.array(ExportedHistoryEvent),
});
export type KeeplineHistoryExport = z.infer<typeof KeeplineHistoryExport>;
