// History across all numbers, editing past events, and spending (issue 7). Spread into `contract` in contract.ts.
import * as z from 'zod';
import { EVENT_KINDS, EventInput, EventView } from './events.ts';
import { NumberView } from './numbers.ts';
import { CountryCode, Id, IsoDate } from './primitives.ts';

const READ = ['invalid_input'] as const;
const READ_ONE = ['invalid_input', 'not_found'] as const;

/**
 * Which numbers a history or spending view covers; every filter optional, exact values. The forecast takes
 * these alone: it is of the next 12 months, so the events' dates have no say in it.
 */
const NumberFilters = {
  numberId: Id.optional(),
  /**
   * A number typed in any format the Numbers search accepts (`+86 150 1000 5000`, `150 1000 5000`), or part
   * of its label: the events of every number it names, none when it names none.
   */
  numberSearch: z.string().trim().max(100).optional(),
  owner: z.string().max(100).optional(),
  country: CountryCode.optional(),
  carrier: z.string().max(100).optional(),
};

/** Which events a history or spending view covers: those of the numbers selected, within the dates. */
const EventFilters = {
  ...NumberFilters,
  /** Inclusive, as calendar dates in each number's zone. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
};

/** What the history page is filtered by; its list and its exports take exactly this. */
export const HistoryFilterFields = {
  ...EventFilters,
  kinds: z.array(z.enum(EVENT_KINDS)).max(EVENT_KINDS.length).default([]),
};
export const HistoryFilter = z.strictObject(HistoryFilterFields);
export type HistoryFilter = z.output<typeof HistoryFilter>;

export const HistoryItem = EventView.extend({
  e164: z.string(),
  /** The number in international format, as every page shows it. */
  formatted: z.string(),
  label: z.string(),
  owner: z.string(),
  country: z.string(),
  carrier: z.string(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

const Amount = { currency: z.string(), amountMinor: z.int(), count: z.int() };

export const SpendLine = z.object({ key: z.string(), name: z.string(), ...Amount });
export type SpendLine = z.infer<typeof SpendLine>;

/** A total in the user's base currency from the user's own rates: an estimate, shown as such. */
export const Converted = z.object({
  base: z.string(),
  amountMinor: z.int(),
  /** Currencies with no rate: left out of the converted total. */
  missing: z.array(z.string()),
});

/** How the spending page breaks spending down. */
export const SPEND_GROUPS = ['byMonth', 'byYear', 'byNumber', 'byCountry', 'byOwner'] as const;
export type SpendGroup = (typeof SPEND_GROUPS)[number];

/**
 * How many lines of a per-number, per-country or per-owner breakdown are sent, the largest first (by worth
 * in the base currency when the user has exchange rates): an agency's per-number table has tens of
 * thousands (a number in each currency it was paid in).
 */
export const SPEND_LINES_DEFAULT = 50;
const SPEND_LINES_MAX = 100_000;
const SpendLinesWanted = z.int().min(1).max(SPEND_LINES_MAX).default(SPEND_LINES_DEFAULT);

export const SpendingSummary = z.object({
  /** Which events count: renewals and top-ups with an amount. */
  counted: z.array(z.enum(EVENT_KINDS)),
  /** The breakdown asked for. */
  group: z.enum(SPEND_GROUPS),
  totals: z.array(z.object(Amount)),
  /** `key` YYYY-MM. Given with the month and the year groups (one pass over the spending by month), as is `byYear`. */
  byMonth: z.array(SpendLine),
  byYear: z.array(SpendLine),
  /**
   * `key` the number's id. This and `byCountry` and `byOwner` read every number's spending: each is given
   * only when it is the group asked for, and is empty otherwise. `totals` are given with every group.
   */
  byNumber: z.array(SpendLine),
  byCountry: z.array(SpendLine),
  byOwner: z.array(SpendLine),
  /** How many lines the breakdown asked for has in all; at most `lines` of them are given. */
  lineCount: z.int(),
  /** With the number, country and owner groups: each currency's ten largest lines of the group, for its chart. */
  shares: z.array(SpendLine),
  converted: Converted.nullable(),
});
export type SpendingSummary = z.infer<typeof SpendingSummary>;

export const SpendingForecast = z.object({
  /** The first month is the current one; twelve months. */
  byMonth: z.array(SpendLine),
  /** The largest first, at most `lines` of them; `lineCount` says how many there are. */
  byNumber: z.array(SpendLine),
  lineCount: z.int(),
  totals: z.array(z.object(Amount)),
  /** Active numbers with no plan cost or no billing period: not in the forecast. */
  unpriced: z.array(z.object({ id: Id, e164: z.string(), label: z.string() })),
  converted: Converted.nullable(),
});
export type SpendingForecast = z.infer<typeof SpendingForecast>;

export const historyContract = {
  /** Events of every number, newest first, filtered and paged. */
  'history.list': {
    errors: READ,
    input: z.strictObject({
      ...HistoryFilterFields,
      offset: z.int().min(0).max(10_000_000).default(0),
      limit: z.int().min(1).max(500).default(50),
    }),
    output: z.object({ total: z.int(), items: z.array(HistoryItem) }),
  },
  /** Changes a past event; the number's dates are rebuilt by replaying its history from before that event. */
  'events.update': {
    errors: READ_ONE,
    input: z.strictObject({ id: Id, event: EventInput }),
    output: z.object({ event: EventView, number: NumberView }),
  },
  /** What editing the event would change (the event and the number's rebuilt dates), without changing it. */
  'events.updatePreview': {
    errors: READ_ONE,
    input: z.strictObject({ id: Id, event: EventInput }),
    output: z.object({ event: EventView, number: NumberView }),
  },
  /** Deletes any event, not only the newest; the number's dates are rebuilt as for an edit. */
  'events.delete': {
    errors: READ_ONE,
    input: z.strictObject({ id: Id }),
    output: z.object({ deleted: Id, number: NumberView }),
  },
  /** What was spent, each currency apart. */
  'spending.summary': {
    errors: READ,
    input: z.strictObject({ ...EventFilters, group: z.enum(SPEND_GROUPS).default('byMonth'), lines: SpendLinesWanted }),
    output: SpendingSummary,
  },
  /**
   * What keeping the active numbers the filters select (every one, with none) will cost over the next 12
   * months, from each one's plan cost and billing period. The spending page's number filters, not its dates.
   */
  'spending.forecast': { errors: READ, input: z.strictObject({ ...NumberFilters, lines: SpendLinesWanted }), output: SpendingForecast },
} as const;

