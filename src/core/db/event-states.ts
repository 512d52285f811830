import zlib from 'node:zlib';
import type { NumberRow } from './number-rows.ts';

/**
 * How an event keeps its number as it was before and after it (`state_before`, `state_after`): a BLOB of one
 * format byte and the row's JSON deflated against a dictionary of what every such row has in common (its
 * keys, rules and phases). A row of about 1 KB becomes about 160 bytes. Kept as JSON text, an event took
 * about 2 KB, so one event filled a 4 KB page: 1,000,000 events made a 3.4 GB file, and every backup, check
 * and scan of the history read it all. Files written before keep their text, which reads as it always did.
 */
export type StoredState = string | Uint8Array;

/** The first byte of every encoded state; a new dictionary would take a new one (this one is fixed forever). */
const DEFLATED_V1 = 1;

const period = (count: number, unit: string) => ({ count, unit });
const RULES_SEEN = [
  { kind: 'validity', extension: { type: 'table', tiers: [{ minAmountMinor: 1000, by: period(30, 'days') }] }, mode: 'later_of', cap: null },
  { kind: 'validity', extension: { type: 'fixed', by: period(1, 'years') }, mode: 'reset', cap: period(1, 'years') },
  { kind: 'fee' },
  { kind: 'topup', every: period(6, 'months'), minAmountMinor: null, lastOn: null, overrideOn: null },
  { kind: 'activity', every: period(90, 'days'), counts: ['call', 'sms', 'data', 'addon', 'topup', 'renewal'], lastOn: null, overrideOn: null },
];
const PHASES_SEEN = [
  { name: 'suspended', length: period(60, 'days'), works: 'nothing', creditLost: false },
  { name: 'grace', length: period(30, 'days'), works: 'receive only', creditLost: true },
];
const INSTANT = '2026-01-01T00:00:00.000Z';

/**
 * What every state has in common: a numbers row's keys in the order of its columns, with typical values and
 * the JSON of rules and phases as the row holds it (text within the JSON). Fixed forever for format 1: a state
 * deflated against it inflates only against the very same bytes.
 */
const DICTIONARY_V1 = Buffer.from(
  JSON.stringify({
    id: 1, e164: '+44', country: 'GB', label: '', owner: '', carrier: '', account_ref: '', kind: 'esim', time_zone: 'Europe/London',
    plan_name: '', plan_cost_minor: null, plan_currency: null, billing_count: null, billing_unit: null, expiry_date: null,
    expiry_event_id: null, auto_renew: 1, payment_label: null, payment_card_expiry: null, tags: '[]', notes: '',
    rules: JSON.stringify(RULES_SEEN), rule_sources: '[null]', lapse_phases: JSON.stringify(PHASES_SEEN), archived: 0,
    deadline_on: '2026-01-01', deadline_ends_at: INSTANT, credit_lost_at: INSTANT, number_lost_at: INSTANT,
    created_at: INSTANT, updated_at: INSTANT, revision: 1, digits: '',
  }),
);

/**
 * A 2 KB window (a state is about 1 KB) and small buffers: with zlib's defaults each call
 * allocated some 300 KB, and recording a renewal paid for the collections that followed.
 */
const DEFLATE = { dictionary: DICTIONARY_V1, windowBits: 11, memLevel: 4, chunkSize: 4096 };
const INFLATE = { dictionary: DICTIONARY_V1, windowBits: 11, chunkSize: 4096 };

/**
 * The last few states deflated, by their JSON: the record dialog previews the very input Confirm sends, so
 * the number as it was before has just been deflated once already.
 */
const recent: { json: string; stored: Uint8Array }[] = [];
const RECENT_KEPT = 4;

export function encodeState(row: NumberRow): Uint8Array {
  return encodeStateJson(JSON.stringify(row));
}

/** The same from the row's JSON, for a caller that needs that text too. */
export function encodeStateJson(json: string): Uint8Array {
  const known = recent.find((entry) => entry.json === json);
  if (known) return known.stored;
  const deflated = zlib.deflateRawSync(json, DEFLATE);
  const stored = new Uint8Array(deflated.length + 1);
  stored[0] = DEFLATED_V1;
  stored.set(deflated, 1);
  recent.unshift({ json, stored });
  recent.length = Math.min(recent.length, RECENT_KEPT);
  return stored;
}

/** A stored state as the row it was; JSON text, as files written before this format hold it, as such. */
export function decodeState(stored: StoredState): NumberRow {
  if (typeof stored === 'string') return JSON.parse(stored) as NumberRow;
  if (stored[0] !== DEFLATED_V1) throw new Error(`an event state in an unknown format (${stored[0]})`);
  return JSON.parse(zlib.inflateRawSync(stored.subarray(1), INFLATE).toString('utf8')) as NumberRow;
}
