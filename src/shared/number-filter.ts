// What the numbers list is filtered by. `numbers.list` and the numbers exports take exactly these fields, so
// an export of "the current filter" holds what the list shows.
import * as z from 'zod';
import { ListFilters } from './dashboard-contract.ts';
import { STATUS_STATES } from './numbers.ts';

export const NumberFilterFields = {
  /** Matches numbers in any format, labels, owners, carriers, tags and notes. */
  search: z.string().max(100).default(''),
  status: z.array(z.enum(STATUS_STATES)).max(STATUS_STATES.length).default([]),
  includeArchived: z.boolean().default(false),
  ...ListFilters,
};

export const NumberFilter = z.strictObject(NumberFilterFields);
export type NumberFilter = z.output<typeof NumberFilter>;
export type NumberFilterRaw = z.input<typeof NumberFilter>;
