import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NumberKind, NumberSummary, StatusState } from '#shared/numbers.ts';
import type { NumberFacets } from '#shared/dashboard.ts';
import type { NumberFilterRaw } from '#shared/number-filter.ts';
import { LIST_PAGE_SIZE, type ListSort } from '#shared/number-list.ts';
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

const orUndefined = <T,>(value: T | '' | null): T | undefined => (value === '' || value === null ? undefined : value);

/** The filters as the core reads them (the list, "select all" and the exports take the same). */
export function filterInput(filters: ListFilters): NumberFilterRaw {
  return {
    search: filters.search,
    status: filters.status ? [filters.status] : [],
    includeArchived: filters.includeArchived,
    country: orUndefined(filters.country),
    carrier: orUndefined(filters.carrier),
    owner: orUndefined(filters.owner),
    tag: orUndefined(filters.tag),
    kind: orUndefined(filters.kind),
    dueWithinDays: orUndefined(filters.dueWithinDays),
  };
}

export interface ListRows {
  /** `loading` until the first answer; an answer to a later query keeps the old rows shown meanwhile. */
  phase: 'loading' | 'ready' | 'error';
  /** How many numbers match the filters; null until the first answer. */
  total: number | null;
  /** The pages loaded so far, by page number; rows of other pages are not known yet. */
  pages: ReadonlyMap<number, readonly NumberSummary[]>;
  message: string | null;
  /** Which query the pages answer: a new filter, sort or reload makes a new one. */
  generation: number;
  /**
   * Whether that query had filters: no numbers for an unfiltered one is an empty database. (Until the answer
   * to a cleared search comes, the rows answer the search, and an empty answer there is no first run.)
   */
  filtered: boolean;
}

export function rowAt(rows: ListRows, index: number): NumberSummary | undefined {
  return rows.pages.get(Math.floor(index / LIST_PAGE_SIZE))?.[index % LIST_PAGE_SIZE];
}

/** The rows loaded so far, in list order. */
export function loadedRows(rows: ListRows): NumberSummary[] {
  return [...rows.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, items]) => items);
}

/**
 * The numbers matching the filters, a page at a time: the first page at once (no waiting after a keystroke),
 * further pages when the table shows their rows (`need`). An answer to an older filter, sort or reload is
 * dropped, so a slow answer never overwrites a newer one; until the new one comes the old rows stay.
 */
export function useNumberPages(filters: ListFilters, sort: ListSort, reloadKey: number) {
  const [rows, setRows] = useState<ListRows>({ phase: 'loading', total: null, pages: new Map(), message: null, generation: 0, filtered: false });
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const { search, status, includeArchived, country, carrier, owner, tag, kind, dueWithinDays } = filters;
  const query = useMemo(
    () => ({ ...filterInput({ search, status, includeArchived, country, carrier, owner, tag, kind, dueWithinDays }), sort }),
    [search, status, includeArchived, country, carrier, owner, tag, kind, dueWithinDays, sort],
  );
  const queryRef = useRef(query);
  const filtered = isFiltered(filters);
  const filteredRef = useRef(filtered);

  const fetchPage = useCallback((page: number) => {
    const asked = generation.current;
    const askedFiltered = filteredRef.current;
    requested.current.add(page);
    void call('numbers.list', { ...queryRef.current, offset: page * LIST_PAGE_SIZE, limit: LIST_PAGE_SIZE }).then((answer) => {
      if (asked !== generation.current) return;
      if (!answer.ok) {
        requested.current.delete(page);
        setRows((previous) => ({ ...previous, phase: 'error', message: answer.error.message }));
        return;
      }
      setRows((previous) => {
        // The first answer to a new query replaces what the old one showed.
        const pages = new Map(previous.generation === asked ? previous.pages : []);
        pages.set(page, answer.value.items);
        return { phase: 'ready', total: answer.value.total, pages, message: null, generation: asked, filtered: askedFiltered };
      });
    });
  }, []);

  // A layout effect: the new query is current before the table (a child, whose effects run first) asks for rows.
  useLayoutEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    queryRef.current = query;
    filteredRef.current = filtered;
    // No render here: until the answer comes the old rows stay as they are, and typing stays light.
    fetchPage(0);
  }, [query, filtered, reloadKey, fetchPage]);

  /** Asks for the pages holding rows `first` to `last` that are not loaded or on their way. */
  const need = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / LIST_PAGE_SIZE); page <= Math.floor(last / LIST_PAGE_SIZE); page += 1) {
        if (!requested.current.has(page)) fetchPage(page);
      }
    },
    [fetchPage],
  );

  return { rows, need, query };
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
