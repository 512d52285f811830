import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrayState } from '#shared/reminders.ts';
import { call } from '../../api/client.ts';
import { serverNow } from '../../app/serverClock.ts';
import { useLocale } from '../../i18n/setup.ts';
import { formatInstant } from './ReminderItem.tsx';

type Hold = Pick<TrayState, 'pausedUntil' | 'quietUntil'>;

/**
 * Why reminders whose time has come are not shown yet: quiet hours (until the end the user set), and with
 * `withPause` a pause too (the inbox has the pause control, which says it already). Asked again when the
 * hold should be over: the core's clock says whether it is.
 */
export function HoldNote({ withPause = false, revision }: { withPause?: boolean; revision?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [hold, setHold] = useState<Hold>({ pausedUntil: null, quietUntil: null });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void call('reminders.trayState', {}).then((answer) => {
      if (live && answer.ok) setHold({ pausedUntil: answer.value.pausedUntil, quietUntil: answer.value.quietUntil });
    });
    return () => {
      live = false;
    };
  }, [asked, revision]);
  const endsAt = [hold.quietUntil?.at, withPause ? hold.pausedUntil : null].filter((at): at is string => typeof at === 'string');
  const nextEnd = endsAt.length === 0 ? null : Math.min(...endsAt.map((at) => Date.parse(at)));
  useEffect(() => {
    const left = nextEnd === null ? -1 : nextEnd - serverNow().getTime();
    if (left <= 0) return undefined;
    const timer = setTimeout(() => setAsked((count) => count + 1), Math.min(left + 1000, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [nextEnd]);

  const lines: string[] = [];
  if (withPause && hold.pausedUntil) lines.push(t('reminders.pausedUntil', { when: formatInstant(hold.pausedUntil, locale) }));
  if (hold.quietUntil) lines.push(t('reminders.quietUntil', { time: hold.quietUntil.clockTime }));
  if (lines.length === 0) return null;
  return <p className="muted hold-note">{lines.join(' ')}</p>;
}
