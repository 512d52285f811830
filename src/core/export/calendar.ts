import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import type { NumberRow } from '../db/number-rows.ts';
import { addDays } from '../domain/dates.ts';
import { formatE164 } from '../domain/phone.ts';

/** The local hour, in the carrier's zone, at which a "N days before" alarm rings. */
const ALARM_HOUR = 9;

/** A stable UID per number: a re-export updates the calendar's event instead of adding a second one. */
export function deadlineUid(e164: string): string {
  return `deadline-${e164.replace('+', '')}@keepline.app`;
}

/** A wall-clock time in the carrier's zone, as luxon (ical-generator writes it with its TZID). */
function localTime(isoDate: string, hour: number, zone: string): DateTime {
  return DateTime.fromISO(isoDate, { zone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
}

const EVENT_HOUR = 23;

/**
 * One event per number with an upcoming deadline: the last hour of the deadline day in the carrier's zone
 * (with its VTIMEZONE), and a display alarm at 09:00 carrier time on each lead day.
 */
export function deadlinesCalendar(rows: NumberRow[], leadTimesDays: number[], now: Date): string {
  const calendar = ical({ name: 'Keepline deadlines', prodId: { company: 'Keepline', product: 'Keepline', language: 'EN' } });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const row of rows) {
    if (row.deadline_on === null || row.deadline_ends_at === null || new Date(row.deadline_ends_at) <= now) continue;
    const number = formatE164(row.e164).international;
    const name = row.label ? `${row.label} (${number})` : number;
    const event = calendar.createEvent({
      id: deadlineUid(row.e164),
      start: localTime(row.deadline_on, EVENT_HOUR, row.time_zone),
      end: DateTime.fromISO(row.deadline_ends_at).setZone(row.time_zone),
      timezone: row.time_zone,
      summary: `Keep ${name} alive: deadline`,
      description: `Renew, top up or use ${number}${row.carrier ? ` (${row.carrier})` : ''} before midnight ${row.time_zone} time on ${row.deadline_on}.`,
      stamp: now,
    });
    for (const lead of leadTimesDays) {
      if (localTime(addDays(row.deadline_on, -lead), ALARM_HOUR, row.time_zone).toJSDate() <= now) continue;
      // Relative to the start (23:00 local): N nominal days, then 14 exact hours, rings at 09:00 local even
      // across DST. An absolute trigger would have to be UTC, which ical-generator cannot write with a TZID.
      event.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: lead * 86_400 + (EVENT_HOUR - ALARM_HOUR) * 3_600,
        description: `${name}: ${lead === 0 ? 'deadline today' : `deadline in ${lead} days`}`,
      });
    }
  }
  return calendar.toString();
}
