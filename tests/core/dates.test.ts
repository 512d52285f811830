import { describe, expect, it } from 'vitest';
import { addDays, addPeriod, daysBetween, endOfDayIn, startOfDayIn, todayIn } from '#core/domain/dates.ts';

describe('calendar arithmetic', () => {
  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addPeriod('2026-01-31', { count: 1, unit: 'months' })).toBe('2026-02-28');
    expect(addPeriod('2028-01-31', { count: 1, unit: 'months' })).toBe('2028-02-29');
    expect(addPeriod('2026-08-31', { count: 6, unit: 'months' })).toBe('2027-02-28');
    expect(addPeriod('2028-02-29', { count: 1, unit: 'years' })).toBe('2029-02-28');
  });

  it('adds days across a DST change without losing or gaining a day', () => {
    expect(addPeriod('2026-03-07', { count: 2, unit: 'days' })).toBe('2026-03-09');
    expect(addPeriod('2026-10-24', { count: 180, unit: 'days' })).toBe('2027-04-22');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-11-25', '2026-12-01')).toBe(6);
    expect(daysBetween('2026-12-01', '2026-11-25')).toBe(-6);
  });
});

describe('the end of a day in the carrier zone', () => {
  it('is midnight in Kuwait (UTC+3), whatever zone the user is in', () => {
    expect(endOfDayIn('2026-12-03', 'Asia/Kuwait').toISOString()).toBe('2026-12-03T21:00:00.000Z');
  });

  it('is midnight on Kiritimati (UTC+14), a day ahead of most of the world', () => {
    expect(endOfDayIn('2026-12-03', 'Pacific/Kiritimati').toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });

  it('follows Los Angeles daylight saving: 25 hours on the day clocks go back', () => {
    const start = startOfDayIn('2026-11-01', 'America/Los_Angeles');
    const end = endOfDayIn('2026-11-01', 'America/Los_Angeles');
    expect(start.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(25);
  });

  it('is 23 hours long on the day London springs forward', () => {
    const hours = (endOfDayIn('2026-03-29', 'Europe/London').getTime() - startOfDayIn('2026-03-29', 'Europe/London').getTime()) / 3_600_000;
    expect(hours).toBe(23);
  });

  it('starts at the first moment that exists where DST skips midnight (Santiago)', () => {
    // Chile springs forward at 00:00 on 6 Sep 2026: the day begins at 01:00 local (UTC-3).
    expect(startOfDayIn('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(endOfDayIn('2026-09-05', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('begins every day of two years where clocks jump at or near midnight, by 30 minutes or by 2 hours', () => {
    // The day's first moment is on that day there, and the moment before it on the day before.
    // Havana turns 01:00 back to 00:00 on 1 Nov 2026: midnight comes twice, and the day begins at the first.
    expect(startOfDayIn('2026-11-01', 'America/Havana').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(endOfDayIn('2026-10-31', 'America/Havana').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    const zones = ['America/Santiago', 'America/Havana', 'Atlantic/Azores', 'America/Asuncion', 'Asia/Beirut', 'Africa/Cairo', 'Australia/Lord_Howe', 'Antarctica/Troll', 'Pacific/Chatham', 'Asia/Kathmandu'];
    for (const zone of zones) {
      for (let day = 0; day < 730; day += 1) {
        const date = addDays('2026-01-01', day);
        const start = startOfDayIn(date, zone);
        expect([todayIn(zone, start), todayIn(zone, new Date(start.getTime() - 1))]).toEqual([date, addDays(date, -1)]);
      }
    }
  });

  it('tells the date in the carrier zone, not the user zone', () => {
    const instant = new Date('2026-12-03T22:30:00Z');
    expect(todayIn('Asia/Kuwait', instant)).toBe('2026-12-04');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-12-03');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2026-12-04');
  });
});
