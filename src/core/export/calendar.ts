// The deadlines as an iCalendar file (RFC 5545), written directly: a calendar of 10,000 deadlines with four
// alarms each is plain text, and a general calendar library spent most of its time building objects.
import type { Locale } from '#shared/locale.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { startOfDayIn } from '../domain/dates.ts';
import { formatE164 } from '../domain/phone.ts';
import { calendarTexts } from './calendar-texts.ts';
import { progressEvery, type OnProgress } from './progress.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The local hour, in the carrier's zone, at which a "N days before" alarm rings. */
const ALARM_HOUR = 9;

/** What the calendar needs of a number. */
export type CalendarRow = Pick<NumberRow, 'e164' | 'label' | 'carrier' | 'time_zone' | 'deadline_on' | 'deadline_ends_at'>;

/** A stable UID per number: a re-export updates the calendar's event instead of adding a second one. */
export function deadlineUid(e164: string): string {
  return `deadline-${e164.replace('+', '')}@keepline.app`;
}

/** An ISO calendar date as a count of days since 1970-01-01, so alarm days are integer arithmetic. */
function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY;
}

/** 2027-01-02T21:00:00.000Z -> 20270102T210000Z */
function icsTime(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function startOf(day: number, zone: string): number {
  return startOfDayIn(new Date(day * DAY).toISOString().slice(0, 10), zone).getTime();
}

interface Alarm {
  at: number;
  /** `at` as an iCalendar UTC time. */
  text: string;
}

// Deadlines share their alarm days (every number of a zone due in the same week), and re-exports repeat them:
// each (zone, day) is worked out once. Bounded like the day-start cache it draws on.
const alarms = new Map<string, Map<number, Alarm>>();
let alarmCount = 0;

/** 09:00 on a day in `zone`, exact: plain arithmetic on the day's start unless the day has a DST change. */
function alarmOn(day: number, zone: string): Alarm {
  if (alarmCount > 100_000) {
    alarms.clear();
    alarmCount = 0;
  }
  let byDay = alarms.get(zone);
  if (!byDay) alarms.set(zone, (byDay = new Map()));
  let alarm = byDay.get(day);
  if (alarm === undefined) {
    const start = startOf(day, zone);
    // A day with a clock change: count wall-clock hours across it (the change happens at night, before 09:00).
    const at = start + ALARM_HOUR * HOUR + (startOf(day + 1, zone) - start - DAY);
    alarm = { at, text: icsTime(new Date(at).toISOString()) };
    byDay.set(day, alarm);
    alarmCount += 1;
  }
  return alarm;
}

const TEXT_SPECIAL = /[\\;,\n\r]/;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
function icsText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

/** UTF-8 octets of the character whose first UTF-16 unit is `code` (a surrogate pair is 4 octets, in 2 units). */
function octetsOf(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
}

/** A content line, folded so no line is longer than 75 octets (never inside a character), ending in CRLF. */
function line(text: string): string {
  let octets = 0;
  for (let index = 0; index < text.length && octets <= 75; index += 1) octets += text.charCodeAt(index) < 0x80 ? 1 : 3;
  if (octets <= 75) return `${text}\r\n`;
  let folded = '';
  let start = 0;
  octets = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    const size = octetsOf(code);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      folded += `${text.slice(start, index)}\r\n `;
      start = index;
      octets = 1;
    }
    octets += size;
    index += size === 4 ? 2 : 1;
  }
  return `${folded}${text.slice(start)}\r\n`;
}

/**
 * One event per number with an upcoming deadline: the last hour of the deadline day in the carrier's zone,
 * and a display alarm at 09:00 carrier time on each lead day. Times are written as UTC instants (exact in
 * every calendar program, and required for absolute alarm triggers); the carrier's zone is named in the text,
 * which is in `locale`.
 */
export function deadlinesCalendar(rows: readonly CalendarRow[], leadTimesDays: readonly number[], now: Date, locale: Locale, onProgress?: OnProgress): string {
  const texts = calendarTexts(locale);
  const nowMs = now.getTime();
  const stamp = line(`DTSTAMP:${icsTime(now.toISOString())}`);
  const progress = progressEvery(rows.length, onProgress);
  const calendarName = icsText(texts.calendar);
  let text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keepline//Keepline//EN\r\n${line(`NAME:${calendarName}`)}${line(`X-WR-CALNAME:${calendarName}`)}`;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    progress.tick(index + 1);
    if (row.deadline_on === null || row.deadline_ends_at === null) continue;
    const end = Date.parse(row.deadline_ends_at);
    if (end <= nowMs) continue;
    const number = formatE164(row.e164).international;
    const name = texts.name(row.label, number);
    text +=
      `BEGIN:VEVENT\r\n${line(`UID:${deadlineUid(row.e164)}`)}SEQUENCE:0\r\n${stamp}` +
      `DTSTART:${icsTime(new Date(end - HOUR).toISOString())}\r\nDTEND:${icsTime(row.deadline_ends_at)}\r\n` +
      line(`SUMMARY:${icsText(texts.summary(name))}`) +
      line(`DESCRIPTION:${icsText(texts.description(number, row.carrier, row.time_zone, row.deadline_on))}`);
    const deadlineDay = dayNumber(row.deadline_on);
    for (const lead of leadTimesDays) {
      const alarm = alarmOn(deadlineDay - lead, row.time_zone);
      if (alarm.at <= nowMs) continue;
      text += `BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:${alarm.text}\r\n${line(`DESCRIPTION:${icsText(texts.alarm(name, lead))}`)}END:VALARM\r\n`;
    }
    text += `${line(`X-KEEPLINE-CARRIER-TZID:${row.time_zone}`)}END:VEVENT\r\n`;
  }
  progress.end();
  return `${text}END:VCALENDAR\r\n`;
}
