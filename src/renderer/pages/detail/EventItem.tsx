import { Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '#shared/events.ts';
import { formatMoney } from '#shared/money.ts';
import { formatDay } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';
import { changeField, changeValue } from './changeText.ts';

interface EventItemProps {
  event: EventView;
  undoing: boolean;
  onUndo: () => void;
}

/** One recorded event: what, when, how much, why, and which dates it moved. */
export function EventItem({ event, undoing, onUndo }: EventItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const balance = event.details.balance as { amountMinor: number; currency: string } | undefined;
  const planName = typeof event.details.planName === 'string' ? event.details.planName : null;
  const facts = [
    event.activityType ? t('history.activityType', { type: t(`event.activityTypes.${event.activityType}`) }) : null,
    event.method ? t('history.method', { method: event.method }) : null,
    event.reason ? t('history.reason', { reason: event.reason }) : null,
    balance ? t('history.balance', { amount: formatMoney(balance, locale) }) : null,
    // A plan change lists its new name in `changes` already, unless nothing changed.
    planName !== null && !event.changes.some((change) => change.field === 'planName') ? t('history.plan', { plan: planName || t('detail.none') }) : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <li className="event-item">
      <div className="event-head">
        <span className="event-kind">{t(`event.kinds.${event.kind}`)}</span>
        <time dateTime={event.occurredOn}>{formatDay(event.occurredOn, locale)}</time>
        {event.amount && <span className="event-amount">{formatMoney(event.amount, locale)}</span>}
        {event.undoable && (
          <button type="button" className="secondary small" onClick={onUndo} disabled={undoing}>
            <Undo2 aria-hidden="true" size={14} />
            {t('history.undo')}
          </button>
        )}
      </div>
      {facts.length > 0 && <p className="event-facts">{facts.join(' · ')}</p>}
      {event.note && <p className="pre-wrap event-note">{event.note}</p>}
      {event.changes.length > 0 && (
        <ul className="changes">
          {event.changes.map((change, index) => (
            <li key={index}>
              {t('history.change', {
                field: changeField(change, locale, t('history.deadlineField')),
                before: changeValue(change.before, locale),
                after: changeValue(change.after, locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
