import ical, { ICalAlarmType } from 'ical-generator';
import type { NumberRow } from '../db/number-rows.ts';
import { addDays, startOfDayIn } from '../domain/dates.ts';
import { formatE164 } from '../domain/phone.ts';

const HOUR = 3_600_000;
/** The local hour, in the carrier's zone, at which a "N days before" alarm rings. */
const ALARM_HOUR = 9;

/** A stable UID per number: a re-export updates the calendar's event instead of adding a second one. */
export function deadlineUid(e164: string): string {
  return `deadline-${e164.replace('+', '')}@keepline.app`;
}

/** `hour`:00 on a day in `zone`, exact: plain arithmetic on the day's start unless the day has a DST change. */
function atLocalHour(isoDate: string, hour: number, zone: string): Date {
  const start = startOfDayIn(isoDate, zone).getTime();
  const next = startOfDayIn(addDays(isoDate, 1), zone).getTime();
  if (next - start === 24 * HOUR) return new Date(start + hour * HOUR);
  // A day with a clock change: count wall-clock hours across it (the change happens at night, before 09:00).
  const shift = next - start - 24 * HOUR;
  return new Date(start + hour * HOUR + shift);
}

/**
 * One event per number with an upcoming deadline: the last hour of the deadline day in the carrier's zone,
 * and a display alarm at 09:00 carrier time on each lead day. Times are written as UTC instants (exact in
 * every calendar program, and required for absolute alarm triggers); the carrier's zone is named in the text.
 */
export function deadlinesCalendar(rows: NumberRow[], leadTimesDays: number[], now: Date): string {
  const calendar = ical({ name: 'Keepline deadlines', prodId: { company: 'Keepline', product: 'Keepline', language: 'EN' } });
  for (const row of rows) {
    if (row.deadline_on === null || row.deadline_ends_at === null) continue;
    const end = new Date(row.deadline_ends_at);
    if (end <= now) continue;
    const number = formatE164(row.e164).international;
    const name = row.label ? `${row.label} (${number})` : number;
    const event = calendar.createEvent({
      id: deadlineUid(row.e164),
      start: new Date(end.getTime() - HOUR),
      end,
      summary: `Keep ${name} alive: deadline`,
      description: `Renew, top up or use ${number}${row.carrier ? ` (${row.carrier})` : ''} before midnight ${row.time_zone} time on ${row.deadline_on}.`,
      stamp: now,
      x: [{ key: 'X-KEEPLINE-CARRIER-TZID', value: row.time_zone }],
    });
    for (const lead of leadTimesDays) {
      const ringsAt = atLocalHour(addDays(row.deadline_on, -lead), ALARM_HOUR, row.time_zone);
      if (ringsAt <= now) continue;
      event.createAlarm({ type: ICalAlarmType.display, trigger: ringsAt, description: `${name}: ${lead === 0 ? 'deadline today' : `deadline in ${lead} days`}` });
    }
  }
  return calendar.toString();
}
