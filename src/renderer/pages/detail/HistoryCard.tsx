import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '#shared/events.ts';
import { EventItem } from './EventItem.tsx';

/** Events shown before the rest fold away: years of renewals and top-ups make hundreds. */
const EVENTS_IN_VIEW = 20;

interface HistoryCardProps {
  events: EventView[];
  undoing: boolean;
  onUndo: (event: EventView) => void;
}

/** The number's events, newest first; the one recorded last can be undone, wherever its date puts it. */
export function HistoryCard({ events, undoing, onUndo }: HistoryCardProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? events : events.slice(0, EVENTS_IN_VIEW);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {shown.map((event) => (
            <EventItem key={event.id} event={event} undoing={undoing} onUndo={() => onUndo(event)} />
          ))}
        </ol>
      )}
      {shown.length < events.length && (
        <button type="button" className="secondary small" onClick={() => setAll(true)}>
          {t('history.showAll', { count: events.length })}
        </button>
      )}
    </section>
  );
}
