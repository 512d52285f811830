import { Paperclip } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '#shared/carriers.ts';
import type { EventView } from '#shared/events.ts';
import { call } from '../../api/client.ts';

/** The receipts kept with this number's events, next to its history. */
export function ReceiptsCard({ numberId, events }: { numberId: number; events: EventView[] }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<AttachmentView[]>([]);
  const eventKey = events.map((event) => event.id).join(',');

  useEffect(() => {
    let live = true;
    void call('events.attachments', { numberId }).then((answer) => {
      if (live && answer.ok) setItems(answer.value.items);
    });
    return () => {
      live = false;
    };
  }, [numberId, eventKey]);

  if (items.length === 0) return null;
  const byId = new Map(events.map((event) => [event.id, event]));
  return (
    <section className="card" aria-labelledby="receipts-title">
      <h2 id="receipts-title">{t('carriers.receipt.attachedList')}</h2>
      <ul className="receipt-list">
        {items.map((item) => {
          const event = byId.get(item.eventId);
          return (
            <li key={item.id}>
              <Paperclip aria-hidden="true" size={14} /> <span className="receipt-name">{item.fileName}</span>{' '}
              <span className="muted">
                {event ? `${t(`event.kinds.${event.kind}`)} · ${event.occurredOn} · ` : ''}
                {Math.max(1, Math.round(item.size / 1024))} KB
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
