// The app window's own methods (issue 4): the dashboard, the list's filter choices and bulk actions.
// Spread into `contract` in contract.ts.
import * as z from 'zod';
import { BulkArchive, BulkArchiveResult, BulkResult, BulkSelection, BulkTag, CarrierRulesCheck, RecordMany } from './bulk.ts';
import { DashboardSummary, NumberFacets, NumberNames } from './dashboard.ts';
import { NUMBER_KINDS } from './numbers.ts';

const READ = ['invalid_input'] as const;
const BULK = ['invalid_input', 'not_found'] as const;

export const dashboardContract = {
  /** Counts by urgency, the next 90 days of deadlines and the most urgent numbers, by the server's clock. */
  'dashboard.summary': { errors: READ, input: z.strictObject({}), output: DashboardSummary },
  /** The countries, carriers, owners and tags in use, for the list's filters. */
  'numbers.facets': { errors: READ, input: z.strictObject({}), output: NumberFacets },
  /**
   * Every number (archived too) as the history and spending filters offer it: what the choice shows, not a
   * summary (10,000 summaries were 4.5 MB to send and read; these are 0.6 MB).
   */
  'numbers.names': { errors: READ, input: z.strictObject({}), output: NumberNames },
  /** Adds a tag to every listed number, in one transaction; all or nothing. */
  'numbers.bulkTag': { errors: BULK, input: BulkTag, output: BulkResult },
  /** Removes a tag (any letter case) from every listed number, in one transaction. */
  'numbers.bulkUntag': { errors: BULK, input: BulkTag, output: BulkResult },
  'numbers.bulkArchive': { errors: BULK, input: BulkArchive, output: BulkArchiveResult },
  /**
   * Gives every listed number whose carrier Keepline knows what it lacks of that carrier's rules: its rules,
   * lapse phases, time zone and billing period, never replacing rules or phases it has. One transaction;
   * reminders re-planned. `changed`: the numbers that took something.
   */
  'numbers.bulkCarrierRules': { errors: BULK, input: BulkSelection, output: BulkResult },
  /** How many listed numbers "Apply carrier rules" would find a carrier for, and change; changes nothing. */
  'numbers.carrierRulesCheck': { errors: BULK, input: BulkSelection, output: CarrierRulesCheck },
  /** Records keep-alive activity on every listed number, in one transaction; all or nothing. */
  'events.recordMany': { errors: BULK, input: RecordMany, output: BulkResult },
} as const;

/** More filters for `numbers.list`, each optional so earlier callers keep working. Exact values, any case. */
export const ListFilters = {
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  carrier: z.string().max(100).optional(),
  owner: z.string().max(100).optional(),
  tag: z.string().max(40).optional(),
  kind: z.enum(NUMBER_KINDS).optional(),
  /** Deadline not yet passed and at most this many days away in the carrier's calendar (0: today). */
  dueWithinDays: z.int().min(0).max(3650).optional(),
};
