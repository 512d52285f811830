import { useEffect, useState } from 'react';
import type { NumberKind, NumberSummary, StatusState } from '#shared/numbers.ts';
import type { NumberFacets } from '#shared/dashboard.ts';
import { call } from '../../api/client.ts';

export interface ListFilters {
  search: string;
  status: StatusState | '';
  includeArchived: boolean;
  country: string;
  carrier: string;
  owner: string;
  tag: string;
  kind: NumberKind | '';
  /** Set by a dashboard count ("due in 7 days"); null when not filtering by it. */
  dueWithinDays: number | null;
}

export const NO_FILTERS: ListFilters = {
  search: '', status: '', includeArchived: false, country: '', carrier: '', owner: '', tag: '', kind: '', dueWithinDays: null,
};

export function isFiltered(filters: ListFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof ListFilters)[]).some((key) =>
    key === 'search' ? filters.search.trim() !== '' : filters[key] !== NO_FILTERS[key],
  );
}

export type ListState =
  | { phase: 'loading'; items: NumberSummary[] | null }
  | { phase: 'ready'; items: NumberSummary[] }
  | { phase: 'error'; message: string; items: NumberSummary[] | null };

const orUndefined = <T,>(value: T | '' | null): T | undefined => (value === '' || value === null ? undefined : value);

/** The numbers matching the filters; typing in the search box waits a moment before asking. */
export function useNumbers(filters: ListFilters, reloadKey: number): ListState {
  const [state, setState] = useState<ListState>({ phase: 'loading', items: null });
  const { search, status, includeArchived, country, carrier, owner, tag, kind, dueWithinDays } = filters;
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void call('numbers.list', {
        search,
        status: status ? [status] : [],
        includeArchived,
        country: orUndefined(country),
        carrier: orUndefined(carrier),
        owner: orUndefined(owner),
        tag: orUndefined(tag),
        kind: orUndefined(kind),
        dueWithinDays: orUndefined(dueWithinDays),
      }).then((answer) => {
        if (!live) return;
        if (answer.ok) setState({ phase: 'ready', items: answer.value.items });
        else setState((previous) => ({ phase: 'error', message: answer.error.message, items: previous.items }));
      });
    }, search ? 200 : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [search, status, includeArchived, country, carrier, owner, tag, kind, dueWithinDays, reloadKey]);
  return state;
}

const NO_FACETS: NumberFacets = { countries: [], carriers: [], owners: [], tags: [] };

/** The values the filters can offer, reloaded after bulk changes (a new tag appears at once). */
export function useFacets(reloadKey: number): NumberFacets {
  const [facets, setFacets] = useState(NO_FACETS);
  useEffect(() => {
    let live = true;
    void call('numbers.facets', {}).then((answer) => {
      if (live && answer.ok) setFacets(answer.value);
    });
    return () => {
      live = false;
    };
  }, [reloadKey]);
  return facets;
}
