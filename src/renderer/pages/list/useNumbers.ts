import { useEffect, useState } from 'react';
import type { NumberSummary, StatusState } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';

export interface ListFilters {
  search: string;
  status: StatusState | '';
  includeArchived: boolean;
}

export type ListState =
  | { phase: 'loading'; items: NumberSummary[] | null }
  | { phase: 'ready'; items: NumberSummary[] }
  | { phase: 'error'; message: string; items: NumberSummary[] | null };

/** The numbers matching the filters; typing in the search box waits a moment before asking. */
export function useNumbers(filters: ListFilters, reloadKey: number): ListState {
  const [state, setState] = useState<ListState>({ phase: 'loading', items: null });
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void call('numbers.list', {
        search: filters.search,
        status: filters.status ? [filters.status] : [],
        includeArchived: filters.includeArchived,
      }).then((answer) => {
        if (!live) return;
        if (answer.ok) setState({ phase: 'ready', items: answer.value.items });
        else setState((previous) => ({ phase: 'error', message: answer.error.message, items: previous.items }));
      });
    }, filters.search ? 200 : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [filters.search, filters.status, filters.includeArchived, reloadKey]);
  return state;
}
