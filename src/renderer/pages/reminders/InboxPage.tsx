import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { HoldNote } from './HoldNote.tsx';
import { PauseControl } from './PauseControl.tsx';
import { ReminderItem } from './ReminderItem.tsx';
import { useReminders } from './useReminders.ts';

/** What fired recently, newest first; how many wait for the user, and a way to dismiss them all at once. */
export function InboxPage() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const locale = useLocale();
  const notify = useNotify();
  const [waiting, setWaiting] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(async () => {
    const answer = await call('reminders.inbox', { limit: 100 });
    if (!answer.ok) return null;
    setWaiting(answer.value.unacknowledged);
    return answer.value.items;
  }, []);
  const { items, busy, reload, snooze, dismiss } = useReminders(load, null);
  // Newest first: what was shown by the newest listed is what the user has seen counted.
  const seenUntil = items.find((item) => item.shownAt !== null)?.shownAt ?? null;

  const dismissAll = async (): Promise<string | null> => {
    if (seenUntil === null) return null;
    const answer = await call('reminders.dismissAll', { shownUntil: seenUntil });
    if (!answer.ok) return errorMessage(answer.error, locale);
    setConfirming(false);
    notify(t('reminders.dismissedAll', { count: answer.value.dismissed }));
    await reload();
    return null;
  };

  return (
    <section className="card" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('reminders.inboxTitle')}</h1>
      <div className="inbox-tools">
        <PauseControl />
        {waiting > 0 && seenUntil !== null && (
          <>
            <span className="muted inbox-waiting">{t('reminders.waiting', { count: waiting })}</span>
            <button type="button" className="danger-quiet small" disabled={busy} onClick={() => setConfirming(true)}>
              {t('reminders.dismissAll', { count: waiting })}
            </button>
          </>
        )}
      </div>
      <HoldNote />
      {items.length === 0 ? (
        <p className="muted">{t('reminders.inboxEmpty')}</p>
      ) : (
        <ol className="reminder-list" aria-label={t('reminders.inboxTitle')}>
          {items.map((reminder) => (
            <ReminderItem
              key={reminder.id}
              reminder={reminder}
              showTitle
              busy={busy}
              onOpen={() => go({ name: 'detail', id: reminder.numberId })}
              onSnooze={(preset, until) => void snooze(reminder.id, preset, until)}
              onDismiss={() => void dismiss(reminder.id)}
            />
          ))}
        </ol>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('reminders.dismissAllTitle', { count: waiting })}
          body={t('reminders.dismissAllBody')}
          confirmLabel={t('reminders.dismissAllConfirm')}
          danger
          onConfirm={dismissAll}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
