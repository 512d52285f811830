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

/** How many numbers a bulk action changed (those already as asked are not counted). */
export const BulkResult = z.object({ changed: z.int() });
