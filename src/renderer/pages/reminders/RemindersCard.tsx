import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyOverdue, ReminderView } from '#shared/reminders.ts';
import { call } from '../../api/client.ts';
import { DailyOverdueItem } from './DailyOverdueItem.tsx';
import { HoldNote } from './HoldNote.tsx';
import { isDueUnshown, ReminderItem } from './ReminderItem.tsx';
import { useReminders } from './useReminders.ts';

/** Planned entries shown before the rest fold away. */
const PLANNED_IN_VIEW = 3;
/** Closed reminders of past deadlines kept in view: years of renewals leave hundreds. */
const EARLIER_IN_VIEW = 20;

/** A line of the card: a reminder, or the daily overdue ones still to be planned (only among the planned). */
type CardEntry = { reminder: ReminderView; daily?: never } | { daily: DailyOverdue; reminder?: never };
const fireAtOf = (entry: CardEntry) => (entry.reminder ? entry.reminder.fireAt : entry.daily.firstFireAt);
const asEntries = (reminders: ReminderView[]): CardEntry[] => reminders.map((reminder) => ({ reminder }));
const remindersIn = (entries: CardEntry[]) => entries.reduce((sum, entry) => sum + (entry.daily ? entry.daily.count : 1), 0);

// One due and not shown yet is not coming up: it asks for attention now, and the next scan shows it.
const needsAttention = (reminder: ReminderView) => reminder.state === 'shown' || reminder.state === 'snoozed' || isDueUnshown(reminder);

/** Closed, and it had reached the user or the user closed it: the rest were retired unseen by a new deadline. */
const firedOrDismissed = (reminder: ReminderView) =>
  reminder.state === 'dismissed' || ((reminder.state === 'done' || reminder.state === 'retired') && reminder.shownAt !== null);

/**
 * The number's reminders: those asking for attention first, then the next few planned (the rest folded),
 * then, folded and newest first, the closed ones that reached the user or were dismissed. Open ones can be
 * snoozed or dismissed.
 */
export function RemindersCard({ numberId, revision, lost }: { numberId: number; revision: string; lost: boolean }) {
  const { t } = useTranslation();
  const [daily, setDaily] = useState<DailyOverdue | null>(null);
  const load = useCallback(async () => {
    const answer = await call('reminders.list', { numberId });
    if (!answer.ok) return null;
    setDaily(answer.value.dailyOverdue);
    return answer.value.items;
  }, [numberId]);
  const { items, busy, snooze, dismiss } = useReminders(load, revision);
  const attention = items.filter(needsAttention);
  const planned = asEntries(items.filter((reminder) => reminder.state === 'pending' && !isDueUnshown(reminder)));
  if (daily) planned.push({ daily });
  planned.sort((a, b) => (fireAtOf(a) < fireAtOf(b) ? -1 : fireAtOf(a) > fireAtOf(b) ? 1 : 0));
  const earlier = items.filter(firedOrDismissed).reverse();
  const item = (reminder: ReminderView) => (
    <ReminderItem key={reminder.id} reminder={reminder} busy={busy} onSnooze={(preset, until) => void snooze(reminder.id, preset, until)} onDismiss={() => void dismiss(reminder.id)} />
  );
  const list = (entries: CardEntry[], label?: string) => (
    <ol className="reminder-list" aria-label={label}>
      {entries.map((entry) => (entry.reminder ? item(entry.reminder) : <DailyOverdueItem key="daily" daily={entry.daily} />))}
    </ol>
  );
  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.card')}</h2>
      {attention.length === 0 && planned.length === 0 && <p className="muted">{t(lost ? 'reminders.emptyLost' : 'reminders.empty')}</p>}
      {attention.length > 0 && (
        <>
          <h3 className="reminder-group">{t('reminders.attention')}</h3>
          {attention.some(isDueUnshown) && <HoldNote withPause revision={revision} />}
          {list(asEntries(attention), t('reminders.attention'))}
        </>
      )}
      {planned.length > 0 && (
        <>
          <h3 className="reminder-group">{t('reminders.upcoming')}</h3>
          {list(planned.slice(0, PLANNED_IN_VIEW), t('reminders.upcoming'))}
          {planned.length > PLANNED_IN_VIEW && (
            <details className="reminder-fold">
              <summary>{t('reminders.morePlanned', { count: remindersIn(planned.slice(PLANNED_IN_VIEW)) })}</summary>
              {list(planned.slice(PLANNED_IN_VIEW))}
            </details>
          )}
        </>
      )}
      {earlier.length > 0 && (
        <details className="reminder-fold">
          <summary>{t('reminders.earlier', { count: earlier.length })}</summary>
          {list(asEntries(earlier.slice(0, EARLIER_IN_VIEW)))}
          {earlier.length > EARLIER_IN_VIEW && <p className="muted">{t('reminders.earlierOlder', { count: earlier.length - EARLIER_IN_VIEW })}</p>}
        </details>
      )}
    </section>
  );
}
