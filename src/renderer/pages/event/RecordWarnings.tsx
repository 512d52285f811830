import { TriangleAlert } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { EventView, RecordNotes } from '#shared/events.ts';
import { formatDay } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { useLocale } from '../../i18n/setup.ts';

/** Whether the core's notes on an event about to be recorded call for a warning: see RecordWarnings. */
export function recordWarnings(event: EventView, notes: RecordNotes): { noMove: boolean; sameDay: number } {
  return { noMove: event.kind === 'renewal' && !notes.movesDates, sameDay: notes.sameDayCount };
}

interface RecordWarningsProps {
  event: EventView;
  notes: RecordNotes;
  /** The number's today in its zone: "already recorded today" rather than on a date. */
  today: string;
  /** Takes the user to the new expiry date field. */
  onEnterExpiry: () => void;
}

/**
 * Warnings before recording, never refusals: a renewal that moves no deadline (the new expiry the carrier
 * shows is what is missing), and the same kind of event with the same amount already recorded that day.
 */
export function RecordWarnings({ event, notes, today, onEnterExpiry }: RecordWarningsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { noMove, sameDay } = recordWarnings(event, notes);
  if (!noMove && sameDay === 0) return null;
  const when = event.occurredOn === today ? t('event.warn.today') : t('event.warn.onDay', { date: formatDay(event.occurredOn, locale) });
  const kind = { aKind: t(`event.warn.aKind.${event.kind}`), kinds: t(`event.warn.kinds.${event.kind}`), count: sameDay, when };
  return (
    <div className="record-warnings">
      {noMove && (
        <p className="record-warning">
          <TriangleAlert aria-hidden="true" size={16} />
          <span>
            <Trans i18nKey="event.warn.noMove" components={{ field: <button type="button" className="link" onClick={onEnterExpiry} /> }} />
          </span>
        </p>
      )}
      {sameDay > 0 && (
        <p className="record-warning">
          <TriangleAlert aria-hidden="true" size={16} />
          <span>{event.amount ? t('event.warn.sameDay', { ...kind, amount: formatMoney(event.amount, locale) }) : t('event.warn.sameDayNoAmount', kind)}</span>
        </p>
      )}
    </div>
  );
}
