// A time zone's offsets from UTC, learnt once per zone and month from the runtime's tz data (Intl) and kept
// as the instants where they change. The start of a day in a zone is then arithmetic: a renewal, an import or a
// re-plan of every number asks for thousands of new (day, zone) pairs, each three or four Intl calls through
// luxon before.

const DAY_MS = 86_400_000;
/** Offsets are sampled this far apart, and each change found between two samples is pinned to the second. */
const SAMPLE_MS = 7 * DAY_MS;
/** A month's table reaches this far past either end: a day's midnight lies up to 14 hours from UTC's. */
const MARGIN_MS = 2 * DAY_MS;

/** From `from` on (until the next segment), the zone's clock is `offsetMs` ahead of UTC. */
interface Segment {
  from: number;
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset at a whole-second instant, as the runtime's tz data says: one Intl call. */
function intlOffsetMs(zone: string, at: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall - at;
}

/**
 * The zone's segments over a UTC month and its margins: some six Intl calls, and some twenty more for each
 * change of offset in it. Between two samples a week apart with one offset, the offset is taken to hold: no
 * zone's rules change an offset and change it back within a week (Morocco's Ramadan hour, the shortest,
 * lasts about a month).
 */
function buildMonth(zone: string, year: number, month: number): Segment[] {
  const start = Date.UTC(year, month, 1) - MARGIN_MS;
  const end = Date.UTC(year, month + 1, 1) + MARGIN_MS;
  let offsetMs = intlOffsetMs(zone, start);
  const segments: Segment[] = [{ from: -Infinity, offsetMs }];
  let at = start;
  while (at < end) {
    const next = Math.min(at + SAMPLE_MS, end);
    if (intlOffsetMs(zone, next) === offsetMs) {
      at = next;
      continue;
    }
    // The first second with another offset: every instant from `low` back to `at` still has the old one.
    let low = at;
    let high = next;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (intlOffsetMs(zone, middle) === offsetMs) low = middle;
      else high = middle;
    }
    offsetMs = intlOffsetMs(zone, high);
    segments.push({ from: high, offsetMs });
    at = high;
  }
  return segments;
}

const months = new Map<string, Segment[]>();

function segmentsAround(zone: string, at: number): Segment[] {
  const date = new Date(at);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const key = `${zone}|${year}|${month}`;
  let segments = months.get(key);
  if (segments === undefined) {
    segments = buildMonth(zone, year, month);
    months.set(key, segments);
  }
  return segments;
}

function offsetIn(segments: Segment[], at: number): number {
  let offsetMs = segments[0]!.offsetMs;
  for (const segment of segments) {
    if (segment.from > at) break;
    offsetMs = segment.offsetMs;
  }
  return offsetMs;
}

/** How far the zone's clock is ahead of UTC at `at`, in milliseconds. */
export function offsetAt(zone: string, at: number): number {
  return offsetIn(segmentsAround(zone, at), at);
}

/**
 * The first instant whose wall-clock time in `zone` is on or after `wallMs` (a local date and time written as
 * if it were UTC). Where that time happens twice (clocks set back over it), the first; where it never happens
 * (clocks set forward over it), the instant the clocks jumped past it.
 */
export function firstInstantAtOrAfter(zone: string, wallMs: number): number {
  const segments = segmentsAround(zone, wallMs);
  let first = Infinity;
  for (const { offsetMs } of segments) {
    const at = wallMs - offsetMs;
    if (at < first && offsetIn(segments, at) === offsetMs) first = at;
  }
  if (first !== Infinity) return first;
  for (let index = 1; index < segments.length; index += 1) {
    const { from, offsetMs } = segments[index]!;
    if (from + segments[index - 1]!.offsetMs <= wallMs && from + offsetMs > wallMs) return from;
  }
  throw new Error(`No instant in ${zone} at or after ${new Date(wallMs).toISOString().slice(0, 19)} local time`);
}
