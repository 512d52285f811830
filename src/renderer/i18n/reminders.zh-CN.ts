import type { remindersEn } from './reminders.en.ts';
import type { DeepStrings } from './deep-strings.ts';

export const remindersZhCN: DeepStrings<typeof remindersEn> = {
  nav: '提醒',
  card: '提醒',
  empty: '没有计划中的提醒：有截止日期的号码会在到期前 30、7、1 天及当天提醒。',
  inboxTitle: '提醒收件箱',
  inboxEmpty: '还没有触发过提醒。',
  firesAt: '{{when}} 提醒',
  shownAt: '{{when}} 已提醒',
  snoozedUntil: '稍后提醒至 {{when}}',
  open: '打开号码',
  snoozeHour: '1 小时后提醒',
  snoozeEvening: '今晚提醒',
  snoozeMorning: '明早提醒',
  snoozeUntil: '延后到',
  snoozeUntilLabel: '延后到此日期和时间',
  dismiss: '忽略',
  bannerTitle_one: '{{count}} 条提醒需要处理',
  bannerTitle_other: '{{count}} 条提醒需要处理',
  bannerMore: '打开收件箱',
  states: { pending: '已计划', shown: '已提醒', snoozed: '稍后提醒', dismissed: '已忽略', done: '已完成', retired: '已失效' },
};
