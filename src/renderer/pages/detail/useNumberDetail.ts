import { useCallback, useEffect, useState } from 'react';
import type { EventView } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';

export interface NumberDetail {
  number: NumberView | null;
  events: EventView[];
  /** A failure to load, with the code so "not found" can be told apart. */
  error: { code: string; message: string } | null;
  reload: () => Promise<void>;
}

/** A number and its history, loaded together and reloaded after anything changes them. */
export function useNumberDetail(id: number): NumberDetail {
  const [number, setNumber] = useState<NumberView | null>(null);
  const [events, setEvents] = useState<EventView[]>([]);
  const [error, setError] = useState<NumberDetail['error']>(null);

  const reload = useCallback(async () => {
    const [numberAnswer, eventsAnswer] = await Promise.all([call('numbers.get', { id }), call('events.list', { numberId: id })]);
    if (!numberAnswer.ok) {
      setError(numberAnswer.error);
      return;
    }
    setError(eventsAnswer.ok ? null : eventsAnswer.error);
    setNumber(numberAnswer.value);
    setEvents(eventsAnswer.ok ? eventsAnswer.value.items : []);
  }, [id]);

  useEffect(() => {
    setNumber(null);
    setEvents([]);
    setError(null);
    void reload();
  }, [reload]);

  return { number, events, error, reload };
}
