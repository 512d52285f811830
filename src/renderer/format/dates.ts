import { zoneName, type Locale } from '#shared/locale.ts';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.ts';

export { formatDay } from '#shared/locale.ts';

/** An instant (ISO 8601) in the user's own zone, with the zone named so it is never ambiguous. */
export function formatInstant(iso: string, locale: Locale): string {
  if (locale === 'zh-CN') {
    // Chinese names the zone as every sentence does (北京时间), not ICU's "GMT+8" between date and time.
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    return `${dateTimeFormat(locale, options).format(new Date(iso))}（${userZoneName(locale)}）`;
  }
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
  };
  return dateTimeFormat(locale, options).format(new Date(iso));
}

/** The user's own zone as sentences name it: "Asia/Shanghai" reads 北京时间 in Chinese, "Shanghai" in English. */
export function userZoneName(locale: Locale): string {
  return zoneName(userTimeZone(), locale);
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

function monthStart(key: string): Date {
  return new Date(Date.UTC(Number(key.slice(0, 4)), key.length > 4 ? Number(key.slice(5, 7)) - 1 : 0, 1));
}

/** A spending period for reading: a month (`YYYY-MM`) as "September 2026", "2026年9月"; a year (`YYYY`) as "2026", "2026年". */
export function formatPeriodKey(key: string, locale: Locale): string {
  if (key.length === 4) return dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(monthStart(key));
  return formatMonth(key, locale);
}

/** A chart axis's label of a month (`YYYY-MM`): its short name ("Sep", "9月") and its year ("2026", "2026年"). */
export function monthAxisLabel(key: string, locale: Locale): { month: string; year: string } {
  const date = monthStart(key);
  return {
    month: dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date),
    year: dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(date),
  };
}
