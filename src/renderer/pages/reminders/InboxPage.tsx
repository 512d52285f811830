import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { PauseControl } from './PauseControl.tsx';
import { ReminderItem } from './ReminderItem.tsx';
import { useReminders } from './useReminders.ts';

/** What fired recently, newest first. */
export function InboxPage() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const load = useCallback(async () => {
    const answer = await call('reminders.inbox', { limit: 100 });
    return answer.ok ? answer.value.items : null;
  }, []);
  const { items, busy, snooze, dismiss } = useReminders(load, null);
  return (
    <section className="card" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('reminders.inboxTitle')}</h1>
      <PauseControl />
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
    </section>
  );
}
