import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderView, SnoozePreset } from '#shared/reminders.ts';
import { serverNow } from '../../app/serverClock.ts';
import { useLocale } from '../../i18n/setup.ts';

export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Its time has come, and the scan has not shown it yet (it runs each minute; a pause or quiet hours hold it).
 * It is due now, whenever its time was: a number added 13 days before its deadline has its "30 days before"
 * due at once, with a time from before the number was added.
 */
export function isDueUnshown(reminder: ReminderView): boolean {
  return (reminder.state === 'pending' || reminder.state === 'snoozed') && Date.parse(reminder.dueAt) <= serverNow().getTime();
}

interface ReminderItemProps {
  reminder: ReminderView;
  showTitle?: boolean;
  busy: boolean;
  onSnooze(preset: SnoozePreset, until?: string): void;
  onDismiss(): void;
  onOpen?(): void;
}

/** One reminder: what it says (as text, never markup), when, its state, and what can be done with it. */
export function ReminderItem({ reminder, showTitle, busy, onSnooze, onDismiss, onOpen }: ReminderItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [until, setUntil] = useState('');
  const open = reminder.state === 'pending' || reminder.state === 'shown' || reminder.state === 'snoozed';
  const dueUnshown = isDueUnshown(reminder);
  // A reminder still to fire moves only to a chosen time: "in an hour" would bring it forward.
  const fired = reminder.state !== 'pending' || dueUnshown;

  const when = dueUnshown
    ? t('reminders.dueUnshown')
    : reminder.state === 'snoozed' && reminder.snoozedUntil
      ? t('reminders.snoozedUntil', { when: formatInstant(reminder.snoozedUntil, locale) })
      : reminder.shownAt
        ? t('reminders.shownAt', { when: formatInstant(reminder.shownAt, locale) })
        : t('reminders.firesAt', { when: formatInstant(reminder.fireAt, locale) });
  return (
    <li className={`reminder-item reminder-${reminder.state}`} data-reminder-id={reminder.id}>
      {showTitle && <strong className="reminder-title">{reminder.title}</strong>}
      <span className="reminder-body">{reminder.body}</span>
      <span className="muted reminder-when">
        {when}
        {/* "Shown …", "Snoozed until …" and "Fires …" say the state already; a closed one says it after. */}
        {!open && (
          <>
            {' · '}
            <span className="reminder-state">{t(`reminders.states.${reminder.state}`)}</span>
          </>
        )}
      </span>
      <span className="reminder-actions">
        {onOpen && (
          <button type="button" className="secondary small" onClick={onOpen}>
            {t('reminders.open')}
          </button>
        )}
        {open && (
          <>
            {fired && (
              <>
                <button type="button" className="secondary small" disabled={busy} onClick={() => onSnooze('hour')}>{t('reminders.snoozeHour')}</button>
                <button type="button" className="secondary small" disabled={busy} onClick={() => onSnooze('evening')}>{t('reminders.snoozeEvening')}</button>
                <button type="button" className="secondary small" disabled={busy} onClick={() => onSnooze('morning')}>{t('reminders.snoozeMorning')}</button>
              </>
            )}
            <span className="snooze-until">
              <input
                type="datetime-local"
                aria-label={t(fired ? 'reminders.snoozeUntilLabel' : 'reminders.moveToLabel')}
                value={until}
                onChange={(event) => setUntil(event.target.value)}
              />
              {/* The picked wall-clock time is the user's own: the browser turns it into an instant. */}
              <button type="button" className="secondary small" disabled={busy || until === ''} onClick={() => onSnooze('until', new Date(until).toISOString())}>
                {t(fired ? 'reminders.snoozeUntil' : 'reminders.moveTo')}
              </button>
            </span>
            <button type="button" className="danger-quiet small" disabled={busy} onClick={onDismiss}>{t('reminders.dismiss')}</button>
          </>
        )}
      </span>
    </li>
  );
}
