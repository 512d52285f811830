// The start of a day and today's date in a zone, now read from offset tables learnt once per zone and year,
// against luxon (the runtime's own tz data, asked directly each time) on every zone the runtime knows: each
// day its clocks change, the days either side, and a day a month; and every day of three years in the zones
// whose rules are odd (midnight skipped or repeated, half-hour and 45-minute offsets, a Ramadan hour).
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, startOfDayIn, todayIn } from '../../src/core/domain/dates.ts';

/** The day's first moment as the previous version computed it, through luxon. */
function luxonDayStart(isoDate: string, zone: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const midnight = DateTime.fromObject({ year, month, day }, { zone });
  const at = midnight.toMillis();
  const offsetBefore = midnight.zone.offset(at - 1);
  if (offsetBefore <= midnight.offset) return at;
  const wallBefore = new Date(at - 1 + offsetBefore * 60_000).toISOString().slice(0, 10);
  return wallBefore === isoDate ? at - (offsetBefore - midnight.offset) * 60_000 : at;
}

const luxonToday = (zone: string, at: number) => DateTime.fromMillis(at, { zone }).toISODate();

function daysOf(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Days whose clocks change in `zone` (the offset at noon UTC differs from the day before's), with days either side. */
function changeDays(zone: string, days: string[]): Set<string> {
  const tz = IANAZone.create(zone);
  const offsetOn = (index: number) => tz.offset(Date.parse(`${days[index]}T12:00:00Z`));
  const picked = new Set<string>();
  // A week at a time, and day by day inside a week whose ends differ.
  for (let week = 0; week + 7 < days.length; week += 7) {
    if (offsetOn(week) === offsetOn(week + 7)) continue;
    for (let index = week + 1; index <= week + 7; index += 1) {
      if (offsetOn(index) !== offsetOn(index - 1)) for (const near of days.slice(Math.max(0, index - 2), index + 2)) picked.add(near);
    }
  }
  return picked;
}

/** Every day (and the instants around its start) where this version and luxon differ: none. */
function differencesFromLuxon(zone: string, days: Iterable<string>): unknown[] {
  const differences: unknown[] = [];
  for (const day of days) {
    const start = luxonDayStart(day, zone);
    const ours = startOfDayIn(day, zone).getTime();
    if (ours !== start) differences.push({ zone, day, ours: new Date(ours).toISOString(), luxon: new Date(start).toISOString() });
    // Today's date flips exactly there.
    for (const at of [start - 1, start, start + 1]) {
      if (todayIn(zone, new Date(at)) !== luxonToday(zone, at)) differences.push({ zone, at: new Date(at).toISOString(), ours: todayIn(zone, new Date(at)), luxon: luxonToday(zone, at) });
    }
  }
  return differences;
}

describe('the start of a day in a zone', () => {
  it('agrees with luxon in every zone on the days its clocks change, the days around them, and one day a month', () => {
    const days = daysOf('2026-01-01', '2028-01-05');
    const monthly = days.filter((day) => day.endsWith('-15'));
    let changes = 0;
    const differences: unknown[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const picked = changeDays(zone, days);
      changes += picked.size;
      differences.push(...differencesFromLuxon(zone, [...picked, ...monthly]));
    }
    expect(differences).toEqual([]);
    // Most of the world's zones keep one offset: the ones that change give a few hundred days to check.
    expect(changes).toBeGreaterThan(300);
  });

  it('agrees with luxon on every day of three years where midnight is skipped or repeated, or offsets are odd', () => {
    const zones = [
      'America/Santiago', 'America/Havana', 'Atlantic/Azores', 'America/Asuncion', 'Australia/Lord_Howe',
      'Africa/Casablanca', 'Asia/Gaza', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Antarctica/Troll',
      'Europe/London', 'America/New_York', 'Asia/Tehran', 'Pacific/Kiritimati', 'Pacific/Pago_Pago',
    ];
    const days = daysOf('2026-01-01', '2028-12-31');
    expect(zones.flatMap((zone) => differencesFromLuxon(zone, days))).toEqual([]);
  });

  it('keeps the cases the old code was written for', () => {
    // Santiago skips midnight when summer time starts (6 Sep 2026): the day begins at 01:00, 04:00 UTC.
    expect(startOfDayIn('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    // Havana goes back from 01:00 to 00:00 (1 Nov 2026): midnight comes twice, and the day began at the first.
    expect(startOfDayIn('2026-11-01', 'America/Havana').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    // Kuwait never changes: midnight is 21:00 UTC the day before.
    expect(startOfDayIn('2027-03-28', 'Asia/Kuwait').toISOString()).toBe('2027-03-27T21:00:00.000Z');
  });
});
