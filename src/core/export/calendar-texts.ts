// The words of the deadlines calendar, in the language of the request that exports it. Plain text: the
// calendar writer escapes it for iCalendar.
import { formatDay, zoneName, type Locale } from '#shared/locale.ts';
import { fill } from '#shared/messages.ts';

const TEXT = {
  en: {
    calendar: 'Keepline deadlines',
    named: '{label} ({number})',
    carrier: ' ({carrier})',
    summary: 'Keep {name} alive: deadline',
    description: 'Renew, top up or use {number}{carrier} before midnight {zone} time on {date}.',
    alarm: '{name}: {when}',
    today: 'deadline today',
    tomorrow: 'deadline tomorrow',
    days: 'deadline in {n} days',
  },
  'zh-CN': {
    calendar: 'Keepline 保号截止日',
    named: '{label}（{number}）',
    carrier: '（{carrier}）',
    summary: '保号截止：{name}',
    description: '请在 {date}（{zone}当天结束前）续费、充值或使用号码 {number}{carrier}。',
    alarm: '{name}：{when}',
    today: '今天截止',
    tomorrow: '明天截止',
    days: '{n} 天后截止',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export interface CalendarTexts {
  /** The calendar's name in the user's calendar program. */
  calendar: string;
  /** What the number is called: its label and number, or the number. */
  name(label: string, number: string): string;
  summary(name: string): string;
  description(number: string, carrier: string, zone: string, deadlineOn: string): string;
  /** An alarm `lead` days before the deadline. */
  alarm(name: string, lead: number): string;
}

/**
 * The calendar's texts in `locale`. English names the zone by its IANA name and the day as ISO, as it
 * always has; Chinese names the zone as the app does elsewhere (纽约时间) and the day as 2027年1月1日.
 */
export function calendarTexts(locale: Locale): CalendarTexts {
  const text = TEXT[locale];
  return {
    calendar: text.calendar,
    name: (label, number) => (label ? fill(text.named, { label, number }) : number),
    summary: (name) => fill(text.summary, { name }),
    description: (number, carrier, zone, deadlineOn) =>
      fill(text.description, {
        number,
        carrier: carrier ? fill(text.carrier, { carrier }) : '',
        zone: locale === 'en' ? zone : zoneName(zone, locale),
        date: locale === 'en' ? deadlineOn : formatDay(deadlineOn, locale),
      }),
    alarm: (name, lead) => fill(text.alarm, { name, when: lead === 0 ? text.today : lead === 1 ? text.tomorrow : fill(text.days, { n: lead }) }),
  };
}
