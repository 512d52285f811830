import { Pause, Play } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useLocale } from '../../i18n/setup.ts';
import { formatInstant } from './ReminderItem.tsx';
import { useHold } from './useHold.ts';

const PAUSE_MINUTES = 60;

/**
 * Pause every reminder for an hour, or resume: the tray's control, in the window too (the browser has no
 * tray). Kept in the database, so the desktop shell and every window honour it.
 */
export function PauseControl() {
  const { t } = useTranslation();
  const locale = useLocale();
  const {
    hold: { pausedUntil },
    setPausedUntil,
  } = useHold();
  const [busy, setBusy] = useState(false);

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
