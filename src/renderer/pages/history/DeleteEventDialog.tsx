import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '#shared/history-contract.ts';
import { formatDay } from '#shared/locale.ts';
import { eventName } from '#shared/messages.ts';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { datesChangeLines } from '../event/datesChange.ts';

interface DeleteEventDialogProps {
  event: HistoryItem;
  onClose: () => void;
  /** After the event is gone, so the caller can reload what it shows. */
  onDeleted: () => void;
}

/** Asks before deleting a past event, naming the event and the number's dates that will be recomputed. */
export function DeleteEventDialog({ event, onClose, onDeleted }: DeleteEventDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [number, setNumber] = useState<NumberView | null>(null);
  useEffect(() => {
    let live = true;
    void call('numbers.get', { id: event.numberId }).then((answer) => {
      if (live && answer.ok) setNumber(answer.value);
    });
    return () => {
      live = false;
    };
  }, [event.numberId]);

  const kind = t(`event.kinds.${event.kind}`);
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t('detail.none'));
  return (
    <ConfirmDialog
      title={t('data.history.deleteTitle', { kind: eventName(event.kind, locale) })}
      body={
        <>
          <p>{t('data.history.deleteWhat', { kind, date: formatDay(event.occurredOn, locale), number: event.label ? `${event.label} · ${event.formatted}` : event.formatted })}</p>
          <p>{number ? t('data.history.deleteBody', { expiry: day(number.expiryDate), deadline: day(number.deadlineOn) }) : t('data.working')}</p>
        </>
      }
      confirmLabel={t('data.history.delete')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        const answer = await call('events.delete', { id: event.id });
        if (!answer.ok) return errorMessage(answer.error, locale);
        const dates = number ? datesChangeLines(number, answer.value.number, t, locale).join(t('data.history.linesJoin')) : '';
        notify(dates ? t('data.history.deletedDates', { kind, dates }) : t('data.history.deleted'));
        onDeleted();
        return null;
      }}
    />
  );
}
