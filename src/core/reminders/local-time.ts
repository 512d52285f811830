import { DateTime } from 'luxon';
import type { SnoozePreset } from '#shared/reminders.ts';
import type { Clock } from '../ports.ts';

/**
 * The user's zone, for quiet hours and "this evening": the clock's when it names one (tests inject it),
 * else the zone of the machine Keepline runs on, which is where its user is. Carrier deadlines never use
 * it: they are in the carrier's zone.
 */
export function userZone(clock: Clock): string {
  return clock.zone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function atClockTime(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  // Where DST skips that time, luxon moves it forward to the first time that exists.
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * Whether `now` falls inside quiet hours (`start` to `end`, local times; `22:00`-`07:00` spans midnight;
 * equal times mean no quiet hours), and when they end.
 */
export function quietUntil(now: Date, quiet: { start: string; end: string } | null, zone: string): Date | null {
  if (quiet === null || quiet.start === quiet.end) return null;
  const local = DateTime.fromJSDate(now, { zone });
  const minutes = local.hour * 60 + local.minute;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const endToday = atClockTime(local, quiet.end);
  return (endToday > local ? endToday : atClockTime(local.plus({ days: 1 }), quiet.end)).toJSDate();
}


/** When a snooze ends: in 1 hour, this evening at 18:00 (tomorrow's if it is later), tomorrow at 09:00. */
export function snoozeEnd(preset: Exclude<SnoozePreset, 'until'>, now: Date, zone: string): Date {
  const local = DateTime.fromJSDate(now, { zone });
  if (preset === 'hour') return new Date(now.getTime() + 3_600_000);
  if (preset === 'evening') {
    const evening = atClockTime(local, '18:00');
    return (evening > local ? evening : atClockTime(local.plus({ days: 1 }), '18:00')).toJSDate();
  }
  return atClockTime(local.plus({ days: 1 }), '09:00').toJSDate();
}
