import { useCallback, useEffect, useState } from 'react';
import type { CarrierSummary } from '#shared/carriers.ts';
import type { ApiError } from '#shared/errors.ts';
import { call } from '../../api/client.ts';

export type Origin = 'all' | 'catalog' | 'user';

/** The carriers matching a search, reloaded when it changes; an older answer never replaces a newer one. */
export function useCarrierList(search: string, origin: Origin) {
  const [items, setItems] = useState<CarrierSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void call('carriers.list', { search, origin }).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setItems(answer.value.items);
        setError(null);
      } else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [search, origin, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { items, error, reload };
}
