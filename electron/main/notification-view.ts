// What an OS notification says and what clicking it opens: pure, tested in tests/shell/notifications.test.ts.
import type { Locale } from '#shared/locale.ts';
import type { ReminderNotice } from '#shared/reminders.ts';

/** What a click opens: a number (with its record form, from a notification's "Record renewal"), or the inbox. */
export type OpenTarget = { type: 'number'; numberId: number; record?: boolean } | { type: 'inbox' };

/** Buttons on the notification, where the OS shows them (macOS): record the renewal, or snooze an hour. */
export type NotificationAction =
  | { type: 'record'; label: string; numberId: number }
  | { type: 'snooze-hour'; label: string; reminderIds: number[] };

export interface NotificationView {
  title: string;
  body: string;
  open: OpenTarget;
  actions: NotificationAction[];
}

const ACTION_LABELS = {
  en: { record: 'Record renewal', snooze: 'Snooze 1 hour' },
  'zh-CN': { record: '记录续费', snooze: '1 小时后提醒' },
} as const;

// Strips control characters (a label could carry them) and bounds the length every OS truncates anyway.
function plain(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/**
 * Linux notification servers read the body as markup (`<b>`, `<a href>`, `&amp;`), so user text is escaped
 * there; Windows and macOS show the body as plain text, where escaping would show the entities.
 */
export function bodyFor(text: string, platform: NodeJS.Platform): string {
  const body = plain(text, 400);
  return platform === 'linux' ? body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : body;
}

export function notificationFor(notice: ReminderNotice, platform: NodeJS.Platform, locale: Locale = 'en'): NotificationView {
  const labels = ACTION_LABELS[locale];
  const actions: NotificationAction[] =
    notice.numberId === null
      ? []
      : [
          { type: 'record', label: labels.record, numberId: notice.numberId },
          { type: 'snooze-hour', label: labels.snooze, reminderIds: notice.reminderIds },
        ];
  return {
    title: plain(notice.title, 120),
    body: bodyFor(notice.body, platform),
    open: notice.numberId === null ? { type: 'inbox' } : { type: 'number', numberId: notice.numberId },
    actions,
  };
}

const BACKUP_FAILED = { en: 'Keepline could not back up', 'zh-CN': 'Keepline 无法备份' } as const;

/** A failed daily backup (core's message says why and what to do); a click opens the window, which shows it too. */
export function backupFailureView(message: string, platform: NodeJS.Platform, locale: Locale = 'en'): { title: string; body: string } {
  return { title: BACKUP_FAILED[locale], body: bodyFor(message, platform) };
}

/** node-cron expression for a scan every `minutes` (1-1440). The scan itself decides what is due, so a
 * coarser or slightly uneven schedule only changes how soon, never whether, a reminder shows. */
export function scanSchedule(minutes: number): string {
  if (minutes < 60) return `*/${minutes} * * * *`;
  const hours = Math.max(1, Math.min(23, Math.round(minutes / 60)));
  return minutes >= 1440 ? '0 0 * * *' : `0 */${hours} * * *`;
}
