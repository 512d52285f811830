import * as z from 'zod';
import { Id, IsoDate } from './primitives.ts';
import { NumberSummary } from './numbers.ts';

/** How far ahead the dashboard's timeline looks. */
export const DASHBOARD_HORIZON_DAYS = 90;
/** How many of the most urgent numbers the dashboard lists. */
export const DASHBOARD_URGENT_COUNT = 5;
/** How many numbers the timeline draws on one day; more are counted ("+N"), not sent. */
export const DASHBOARD_MARKS_PER_DAY = 6;

/** A number on the deadline timeline: what its mark and its label say, and the page it opens. */
export const TimelineMark = z.object({
  id: Id,
  label: z.string(),
  /** The number, in international format. */
  formatted: z.string(),
  deadlineOn: IsoDate,
  status: z.object({
    /** Not past the deadline: due soon (within the settings' days) or fine. */
    state: z.enum(['due_soon', 'ok']),
    /** Whole days until the deadline, counted in the carrier's zone. */
    daysLeft: z.int().nonnegative(),
  }),
});
export type TimelineMark = z.infer<typeof TimelineMark>;

export const DashboardSummary = z.object({
  /** The server's clock when the summary was made (fixed in tests and demos). */
  now: z.string(),
  horizonDays: z.int(),
  counts: z.object({
    /** Past every lapse phase. */
    lost: z.int(),
    /** Past the deadline, inside a lapse phase. */
    grace: z.int(),
    /** Deadline not passed and at most 7 days away (today counts as 0), in the carrier's calendar. */
    dueIn7: z.int(),
    /** Deadline not passed and at most 30 days away; includes those due in 7 days. */
    dueIn30: z.int(),
    /** Every number that is not archived. */
    active: z.int(),
  }),
  /** Numbers whose deadline passes within the horizon, soonest first: at most DASHBOARD_MARKS_PER_DAY a day. */
  upcoming: z.array(TimelineMark),
  /** Per day (days left, as in each number's status), how many more are due then than `upcoming` holds. */
  upcomingMore: z.array(z.object({ daysLeft: z.int(), count: z.int() })),
  /** The numbers that need attention first: in grace, then by deadline; lost numbers are left out. */
  urgent: z.array(NumberSummary),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

/** What the list's filters can offer: the values in use, sorted. */
export const NumberFacets = z.object({
  countries: z.array(z.string()),
  carriers: z.array(z.string()),
  owners: z.array(z.string()),
  tags: z.array(z.string()),
});
export type NumberFacets = z.infer<typeof NumberFacets>;

/** Each number as a filter's choice names it; ordered by label (any case), then number. */
export const NumberNames = z.object({
  items: z.array(z.object({ id: z.int(), e164: z.string(), label: z.string() })),
});
export type NumberNames = z.infer<typeof NumberNames>;
