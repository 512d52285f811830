// What the tray shows for a database state: pure, so tests/shell/tray-menu.test.ts can check it.
import type { Locale } from '#shared/locale.ts';
import type { TrayState } from '#shared/reminders.ts';

export type TrayAction = { type: 'open-number'; numberId: number } | { type: 'open-app' } | { type: 'pause-hour' } | { type: 'resume' } | { type: 'quit' };
export type TrayItem = { type: 'separator' } | { type: 'item'; label: string; action: TrayAction; enabled?: boolean };

const WORDS = {
  en: { open: 'Open Keepline', pause: 'Pause reminders for 1 hour', resume: 'Resume reminders (paused until {time})', quit: 'Quit', none: 'No upcoming deadlines', attention: '{count} need attention', ok: 'Keepline' },
  'zh-CN': { open: '打开 Keepline', pause: '暂停提醒 1 小时', resume: '恢复提醒（已暂停至 {time}）', quit: '退出', none: '没有即将到来的截止日期', attention: '{count} 个号码需要处理', ok: 'Keepline' },
} as const;

function clockTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** The next 5 deadlines (each opens its number), then Open, Pause (or Resume) and Quit. */
export function trayMenuItems(state: TrayState, locale: Locale): TrayItem[] {
  const words = WORDS[locale];
  const deadlines: TrayItem[] = state.next.map((deadline) => ({
    type: 'item',
    label: `${deadline.title} — ${deadline.when}`,
    action: { type: 'open-number', numberId: deadline.numberId },
  }));
  if (deadlines.length === 0) deadlines.push({ type: 'item', label: words.none, action: { type: 'open-app' }, enabled: false });
  const pause: TrayItem = state.pausedUntil
    ? { type: 'item', label: words.resume.replace('{time}', clockTime(state.pausedUntil, locale)), action: { type: 'resume' } }
    : { type: 'item', label: words.pause, action: { type: 'pause-hour' } };
  return [
    ...deadlines,
    { type: 'separator' },
    { type: 'item', label: words.open, action: { type: 'open-app' } },
    pause,
    { type: 'separator' },
    { type: 'item', label: words.quit, action: { type: 'quit' } },
  ];
}

/** The icon: attention when anything is overdue or due today. */
export function trayIconState(state: TrayState): 'normal' | 'attention' {
  return state.attention ? 'attention' : 'normal';
}

/** The tooltip, and the count where the OS shows one (macOS title, Linux/Windows badge via tooltip). */
export function trayTooltip(state: TrayState, locale: Locale): string {
  return state.count > 0 ? `Keepline — ${WORDS[locale].attention.replace('{count}', String(state.count))}` : WORDS[locale].ok;
}
