import * as z from 'zod';
import { Id, IsoDate } from './primitives.ts';
import { ACTIVITY_TYPES } from './rules.ts';

/** Most numbers one bulk action takes at once; a selection of the whole list fits. */
export const BULK_MAX = 20_000;

export const BulkIds = z
  .array(Id)
  .min(1)
  .max(BULK_MAX)
  .refine((ids) => new Set(ids).size === ids.length, { params: { reason: 'duplicate_value' } });

export const BulkTag = z.strictObject({ ids: BulkIds, tag: z.string().trim().min(1).max(40) });

export const BulkArchive = z.strictObject({ ids: BulkIds, archived: z.boolean() });

/** Keep-alive activity recorded for every selected number, each on its own today unless a date is given. */
export const RecordMany = z.strictObject({
  numberIds: BulkIds,
  activityType: z.enum(ACTIVITY_TYPES),
  occurredOn: IsoDate.optional(),
  note: z.string().max(2000).default(''),
});

/** The selected numbers, for an action that needs nothing else (their carrier's rules). */
export const BulkSelection = z.strictObject({ ids: BulkIds });

/** What "Apply carrier rules" would do to a selection, for the question asked before it runs. */
export const CarrierRulesCheck = z.object({
  /** Numbers whose carrier Keepline knows (by name or company, as the number form finds it). */
  matched: z.int(),
  /** Numbers with no carrier, or one Keepline does not know: they stay as they are. */
  unmatched: z.int(),
  /** Of the matched, those lacking rules or lapse phases their carrier has: the ones that change. */
  toFill: z.int(),
});

/** How many numbers a bulk action changed (those already as asked are not counted). */
export const BulkResult = z.object({ changed: z.int() });

/** An archive or unarchive also names the numbers it changed: its Undo changes back those, and only those. */
export const BulkArchiveResult = BulkResult.extend({ changedIds: z.array(Id) });
