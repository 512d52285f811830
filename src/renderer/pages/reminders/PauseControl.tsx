import { Pause, Play } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useLocale } from '../../i18n/setup.ts';
import { formatInstant } from './ReminderItem.tsx';

const PAUSE_MINUTES = 60;

/**
 * Pause every reminder for an hour, or resume: the tray's control, in the window too (the browser has no
 * tray). Kept in the database, so the desktop shell and every window honour it.
 */
export function PauseControl() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [pausedUntil, setPausedUntil] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Asked at first, and again when the pause should be over: the core's clock says whether it is.
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void call('reminders.trayState', {}).then((answer) => {
      if (live && answer.ok) setPausedUntil(answer.value.pausedUntil);
    });
    return () => {
      live = false;
    };
  }, [asked]);
  useEffect(() => {
    const left = pausedUntil === null ? -1 : Date.parse(pausedUntil) - Date.now();
    if (left <= 0) return undefined;
    const timer = setTimeout(() => setAsked((count) => count + 1), Math.min(left + 1000, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [pausedUntil]);

  const pause = async (minutes: number) => {
    setBusy(true);
    const answer = await call('reminders.pause', { minutes });
    setBusy(false);
    if (answer.ok) setPausedUntil(answer.value.pausedUntil);
  };

  return (
    <div className="pause-control" role="group" aria-label={t('reminders.pauseGroup')}>
      {pausedUntil ? (
        <>
          <span className="pause-state">{t('reminders.pausedUntil', { when: formatInstant(pausedUntil, locale) })}</span>
          <button type="button" className="secondary small" disabled={busy} onClick={() => void pause(0)}>
            <Play size={14} aria-hidden="true" /> {t('reminders.resume')}
          </button>
        </>
      ) : (
        <button type="button" className="secondary small" disabled={busy} onClick={() => void pause(PAUSE_MINUTES)}>
          <Pause size={14} aria-hidden="true" /> {t('reminders.pauseHour')}
        </button>
      )}
    </div>
  );
}
