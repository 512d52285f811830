import type { Locale } from '#shared/locale.ts';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.ts';

export { formatDay } from '#shared/locale.ts';

/** An instant (ISO 8601) in the user's own zone, with the zone named so it is never ambiguous. */
export function formatInstant(iso: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
  };
  return dateTimeFormat(locale, options).format(new Date(iso));
}

/** "in 6 days", "tomorrow", "3 days ago", from whole days counted by the server in the carrier's zone. */
export function relativeDays(days: number, locale: Locale): string {
  return relativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** The user's own IANA zone, in which the list and the dashboard show deadline times. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A card expiry month (`YYYY-MM`) for reading. */
export function formatMonth(yearMonth: string, locale: Locale): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return dateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `zone`. */
export function isoDateIn(zone: string, instant: Date): string {
  const parts = dateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** How far an instant is from `now`: "in 3 days", "in 5 hours", "2 days ago". */
export function relativeInstant(iso: string, now: Date, locale: Locale): string {
  const ms = Date.parse(iso) - now.getTime();
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  const hours = ms / 3_600_000;
  if (Math.abs(hours) < 24) return format.format(Math.trunc(hours), 'hour');
  return format.format(Math.trunc(hours / 24), 'day');
}

/**
 * The last minute before a deadline instant, in `zone` (the user's own when omitted): a deadline that
 * passes at midnight in Kuwait reads "Dec 3, 2026, 20:59" in London.
 */
export function formatLastMinute(endsAtIso: string, locale: Locale, zone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' };
  if (zone) options.timeZone = zone;
  return dateTimeFormat(locale, options).format(new Date(Date.parse(endsAtIso) - 60_000));
}
