import { ZH_ZONE_NAMES } from './zone-names.zh-CN.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the closest supported locale for an OS or browser language tag (`zh-Hans-CN` -> `zh-CN`). */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}

// Building a DateTimeFormat costs far more than formatting with one, and formatting more than a lookup:
// one formatter per locale, and the days already formatted (lists and reminders repeat the same few).
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const formattedDays = new Map<string, string>();

/** A calendar date (`YYYY-MM-DD`) for reading, in the locale's medium style. */
export function formatDay(isoDate: string, locale: Locale): string {
  const key = `${locale}|${isoDate}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    let format = dayFormats.get(locale);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      dayFormats.set(locale, format);
    }
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    text = format.format(new Date(Date.UTC(year, month - 1, day)));
    if (formattedDays.size > 20_000) formattedDays.clear();
    formattedDays.set(key, text);
  }
  return text;
}

const PERIOD_WORDS = {
  en: { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] },
  'zh-CN': { days: ['天', '天'], months: ['个月', '个月'], years: ['年', '年'] },
} as const;

export function formatPeriod(period: { count: number; unit: 'days' | 'months' | 'years' }, locale: Locale): string {
  const words = PERIOD_WORDS[locale][period.unit];
  return locale === 'en' ? `${period.count} ${words[period.count === 1 ? 0 : 1]}` : `${period.count}${words[0]}`;
}

/**
 * The city part of an IANA zone, readable: `America/Los_Angeles` -> `Los Angeles`. `Etc/GMT-5` (POSIX signs,
 * five hours ahead) -> `UTC+5`.
 */
export function zoneCity(zone: string): string {
  const offset = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (offset) return offset[2] === '0' ? 'UTC' : `UTC${offset[1] === '+' ? '-' : '+'}${offset[2]}`;
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/**
 * A zone as a sentence names it. English: its city (`Kuwait`, the sentence adds "time"). Chinese: its city in
 * Chinese and 时间 (`纽约时间`, `香港时间`; China's is `北京时间`), from Keepline's own table, so the server's
 * reminders and the window's sentences agree whatever ICU data the runtime has (Chromium's names New York in
 * Latin letters, Node's names Hong Kong 中国香港特别行政区). A zone the table lacks: its city, then 时间.
 */
export function zoneName(zone: string, locale: Locale): string {
  if (locale === 'en') return zoneCity(zone);
  return Object.hasOwn(ZH_ZONE_NAMES, zone) ? ZH_ZONE_NAMES[zone]! : `${zoneCity(zone)} 时间`;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country as people read it (`GG` -> Guernsey, 根西岛); anything but a two-letter code stays as it is. */
export function regionName(code: string, locale: Locale): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
