// The sentences a reminder shows, in the user's language. Plain text: the shell escapes what its OS
// would read as markup, and the renderer shows them as text.
import { fill } from '#shared/messages.ts';
import { formatDay, zoneName, type Locale } from '#shared/locale.ts';
import { addDays, daysBetween, todayIn } from '../domain/dates.ts';
import { formatE164 } from '../domain/phone.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { deadlineAction, lastGraceDay, readPhaseLengths, readRuleDates } from './deadline-action.ts';
import type { ReminderRow } from './reminders-repo.ts';

/** The columns of a number that a reminder's sentences use. */
export const NOTICE_COLUMNS = ['id', 'e164', 'label', 'time_zone', 'rules', 'expiry_date', 'lapse_phases', 'payment_label', 'payment_card_expiry'] as const;
export type NoticeNumber = Pick<NumberRow, (typeof NOTICE_COLUMNS)[number]>;

const TEXT = {
  en: {
    lead_days: '{action} by {deadline} (end of day, {zone} time): {days} days left.',
    lead_1: '{action} by tomorrow, {deadline} (end of day, {zone} time).',
    lead_0: '{action} today: the deadline ends tonight, {deadline} ({zone} time).',
    lead_passed: 'The deadline {deadline} ({zone} time) has passed. {action} if the carrier still allows it.',
    overdue: 'The deadline {deadline} has passed; in grace until {last} ({zone} time). {action} to keep the number.',
    lapse_tomorrow: 'Last day of grace: the number is lost after {last} ({zone} time). {action} today.',
    card_expiring: 'The auto-renewal on {deadline} will fail: {card} expires {month}. Update the payment method.',
    action_activity: 'Use the number',
    action_topup: 'Top up',
    action_renew: 'Renew',
    summary_title: 'Keepline: {count} reminders',
    summary_away: '{count} reminders while Keepline was closed: {list}',
    summary_held: '{count} reminders held by quiet hours or a pause: {list}',
    summary_many: '{count} reminders are due: {list}',
    more: ' and {n} more',
    when_days: '{date} · in {n} days',
    when_today: '{date} · today',
    when_tomorrow: '{date} · tomorrow',
    when_overdue: '{date} · overdue',
  },
  'zh-CN': {
    lead_days: '请在 {deadline}（{zone}当天结束前）{action}：还剩 {days} 天。',
    lead_1: '请在明天 {deadline}（{zone}当天结束前）{action}。',
    lead_0: '请今天{action}：截止日 {deadline}（{zone}）今晚结束。',
    lead_passed: '截止日 {deadline}（{zone}）已过。如运营商仍允许，请{action}。',
    overdue: '截止日 {deadline} 已过，宽限期至 {last}（{zone}）。请{action}以保留号码。',
    lapse_tomorrow: '宽限期最后一天：{last}（{zone}）之后号码将被收回。请今天{action}。',
    card_expiring: '{deadline} 的自动续费将失败：{card} 于 {month} 到期。请更新付款方式。',
    action_activity: '使用号码',
    action_topup: '充值',
    action_renew: '续费',
    summary_title: 'Keepline：{count} 条提醒',
    summary_away: 'Keepline 关闭期间有 {count} 条提醒：{list}',
    summary_held: '免打扰或暂停期间有 {count} 条提醒：{list}',
    summary_many: '{count} 条提醒到期：{list}',
    more: ' 等另外 {n} 条',
    when_days: '{date} · 还剩 {n} 天',
    when_today: '{date} · 今天',
    when_tomorrow: '{date} · 明天',
    when_overdue: '{date} · 已过期',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Key = keyof (typeof TEXT)['en'];

const text = (locale: Locale, key: Key, values: Record<string, string | number> = {}) => fill(TEXT[locale][key], values);

export function numberTitle(row: Pick<NumberRow, 'e164' | 'label'>): string {
  const formatted = formatE164(row.e164).international;
  return row.label ? `${row.label} · ${formatted}` : formatted;
}

// Which rule sets the deadline, per stored rules and expiry date: a number's rules are read once, not per
// reminder and per scan.
const actionKeys = new Map<string, Key>();

function actionOf(row: NoticeNumber, locale: Locale): string {
  const cached = `${row.expiry_date ?? ''}|${row.rules}`;
  let key = actionKeys.get(cached);
  if (key === undefined) {
    key = `action_${deadlineAction(readRuleDates(row), row.expiry_date)}` as const;
    if (actionKeys.size > 20_000) actionKeys.clear();
    actionKeys.set(cached, key);
  }
  return text(locale, key);
}

/**
 * Days left as the reminder says them as of `now`: from the day it fires, or, once it has fired, from `now`'s
 * day in the carrier's zone. A reminder that fired late (the number was entered 4 days before its deadline,
 * the computer was off) or still waits for the user days later never says more days than are left. Views word
 * a reminder closed after it was shown as of its `shown_at` (views.ts), so the inbox keeps what was sent.
 */
function daysLeftAsOf(reminder: Pick<ReminderRow, 'offset_days' | 'deadline_on' | 'fire_at'>, zone: string, now: Date): number {
  return reminder.fire_at > now.toISOString() ? -reminder.offset_days : daysBetween(todayIn(zone, now), reminder.deadline_on);
}

function leadKey(daysLeft: number): Key {
  return daysLeft < 0 ? 'lead_passed' : daysLeft === 0 ? 'lead_0' : daysLeft === 1 ? 'lead_1' : 'lead_days';
}

/** What to do and by when, as of `now`. */
export function reminderBody(reminder: Pick<ReminderRow, 'kind' | 'offset_days' | 'deadline_on' | 'fire_at'>, row: NoticeNumber, locale: Locale, now: Date): string {
  const days = reminder.kind === 'lead' ? daysLeftAsOf(reminder, row.time_zone, now) : -reminder.offset_days;
  const values = {
    deadline: formatDay(reminder.deadline_on, locale),
    zone: zoneName(row.time_zone, locale),
    days,
    action: actionOf(row, locale),
    last: '',
    card: row.payment_label ?? '',
    month: row.payment_card_expiry ?? '',
  };
  switch (reminder.kind) {
    case 'lead':
      return text(locale, leadKey(days), values);
    case 'overdue':
      return text(locale, 'overdue', { ...values, last: formatDay(lastGraceDay(reminder.deadline_on, readPhaseLengths(row)), locale) });
    case 'lapse_tomorrow':
      return text(locale, 'lapse_tomorrow', { ...values, last: formatDay(addDays(reminder.deadline_on, reminder.offset_days), locale) });
    case 'card_expiring':
      return text(locale, 'card_expiring', values);
  }
}

/** How many reminders a summary names; the rest it counts. */
export const SUMMARY_NAMES = 4;

/** A summary of `count` reminders, naming the numbers of the first (`titles`, at most SUMMARY_NAMES of them). */
export function summaryText(reason: 'away' | 'held' | 'many', titles: string[], count: number, locale: Locale): { title: string; body: string } {
  const named = titles.slice(0, SUMMARY_NAMES);
  const shown = named.join(locale === 'en' ? '; ' : '；');
  const rest = count > named.length ? text(locale, 'more', { n: count - named.length }) : '';
  const key: Key = reason === 'away' ? 'summary_away' : reason === 'held' ? 'summary_held' : 'summary_many';
  return {
    title: text(locale, 'summary_title', { count }),
    body: text(locale, key, { count, list: shown + rest }),
  };
}

/** "3 Dec 2026 · in 7 days", for the tray's list of deadlines. */
export function deadlineWhen(deadlineOn: string, daysLeft: number, locale: Locale): string {
  const date = formatDay(deadlineOn, locale);
  if (daysLeft < 0) return text(locale, 'when_overdue', { date });
  if (daysLeft === 0) return text(locale, 'when_today', { date });
  if (daysLeft === 1) return text(locale, 'when_tomorrow', { date });
  return text(locale, 'when_days', { date, n: daysLeft });
}
