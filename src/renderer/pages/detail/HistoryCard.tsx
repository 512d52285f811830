import { useTranslation } from 'react-i18next';
import type { EventView } from '#shared/events.ts';
import { EventItem } from './EventItem.tsx';

interface HistoryCardProps {
  events: EventView[];
  undoing: boolean;
  onUndo: (event: EventView) => void;
}

export function HistoryCard({ events, undoing, onUndo }: HistoryCardProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {events.map((event) => (
            <EventItem key={event.id} event={event} undoing={undoing} onUndo={() => onUndo(event)} />
          ))}
        </ol>
      )}
    </section>
  );
}
