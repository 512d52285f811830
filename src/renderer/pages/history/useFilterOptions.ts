import { useEffect, useState } from 'react';
import type { NumberFacets, NumberNames } from '#shared/dashboard.ts';
import { call } from '../../api/client.ts';

/** What the history and spending filters offer: every number (archived too) and the facets in use. */
export interface FilterOptions {
  numbers: NumberNames['items'];
  facets: NumberFacets;
}

/** The filters' options, asked for once when the page opens. */
export function useFilterOptions(): FilterOptions {
  const [numbers, setNumbers] = useState<NumberNames['items']>([]);
  const [facets, setFacets] = useState<NumberFacets>({ countries: [], carriers: [], owners: [], tags: [] });
  useEffect(() => {
    void call('numbers.names', {}).then((answer) => answer.ok && setNumbers(answer.value.items));
    void call('numbers.facets', {}).then((answer) => answer.ok && setFacets(answer.value));
  }, []);
  return { numbers, facets };
}
