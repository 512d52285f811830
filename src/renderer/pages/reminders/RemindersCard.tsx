import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ReminderItem } from './ReminderItem.tsx';
import { useReminders } from './useReminders.ts';

/** The number's reminders, in firing order, with their state; open ones can be snoozed or dismissed. */
export function RemindersCard({ numberId, revision }: { numberId: number; revision: string }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    const answer = await call('reminders.list', { numberId });
    return answer.ok ? answer.value.items : null;
  }, [numberId]);
  const { items, busy, snooze, dismiss } = useReminders(load, revision);
  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.card')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('reminders.empty')}</p>
      ) : (
        <ol className="reminder-list">
          {items.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} busy={busy} onSnooze={(preset, until) => void snooze(reminder.id, preset, until)} onDismiss={() => void dismiss(reminder.id)} />
          ))}
        </ol>
      )}
    </section>
  );
}
