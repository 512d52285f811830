import type { settingsPageEn } from './settings-page.en.ts';
import type { DeepStrings } from './deep-strings.ts';

export const settingsPageZhCN: DeepStrings<typeof settingsPageEn> = {
  title: '设置',
  nav: '设置',
  saved: '设置已保存。',
  general: {
    title: '外观和语言',
    language: '语言',
    languageSystem: '跟随系统',
    theme: '主题',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
  },
  reminders: {
    title: '提醒',
    leadTimes: '在截止日期前多少天提醒我',
    leadTimesHint: '整数天数，用逗号分隔；0 表示当天。最大的天数也用于标记“即将到期”。',
    scanInterval: '检查到期提醒的间隔（分钟）',
    quietHours: '免打扰时段',
    quietHoursHint: '落在此时段内的提醒会等到时段结束后再发出。可跨越午夜（例如 22:00 到 07:00）。',
    quietStart: '免打扰开始',
    quietEnd: '免打扰结束',
  },
  backups: {
    title: '备份',
    folder: '备份文件夹',
    folderHint: '留空则将备份保存在数据库旁的“backups”文件夹中。',
    keep: '保留的备份数量',
  },
  save: '保存',
  saving: '正在保存…',
};
