import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/setup.ts';
import { formatInstant } from './ReminderItem.tsx';
import { useHold } from './useHold.ts';

/**
 * Why reminders whose time has come are not shown yet: quiet hours (until the end the user set), and with
 * `withPause` a pause too (the inbox has the pause control, which says it already).
 */
export function HoldNote({ withPause = false, revision }: { withPause?: boolean; revision?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { hold } = useHold(revision);

  const lines: string[] = [];
  if (withPause && hold.pausedUntil) lines.push(t('reminders.pausedUntil', { when: formatInstant(hold.pausedUntil, locale) }));
  if (hold.quietUntil) lines.push(t('reminders.quietUntil', { time: hold.quietUntil.clockTime }));
  if (lines.length === 0) return null;
  return <p className="muted hold-note">{lines.join(' ')}</p>;
}
