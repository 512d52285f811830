import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ListToolbar, SEARCH_INPUT_ID } from './ListToolbar.tsx';
import { NumbersTable } from './NumbersTable.tsx';
import { useNumbers, type ListFilters } from './useNumbers.ts';

const NO_FILTERS: ListFilters = { search: '', status: '', includeArchived: false };
const FILTERS_KEY = 'keepline.listFilters';

// Filters survive going to a number and back within the session.
function savedFilters(): ListFilters {
  try {
    return { ...NO_FILTERS, ...(JSON.parse(sessionStorage.getItem(FILTERS_KEY) ?? '{}') as Partial<ListFilters>) };
  } catch {
    return NO_FILTERS;
  }
}

export function NumbersPage({ focusSearch }: { focusSearch?: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const [filters, setFilters] = useState<ListFilters>(savedFilters);
  const [reloadKey, setReloadKey] = useState(0);
  const state = useNumbers(filters, reloadKey);

  useEffect(() => {
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
  }, [filters]);
  useEffect(() => {
    if (focusSearch) document.getElementById(SEARCH_INPUT_ID)?.focus();
  }, [focusSearch]);

  const filtered = filters.search.trim() !== '' || filters.status !== '' || filters.includeArchived;
  const items = state.items;
  const firstRun = state.phase === 'ready' && items?.length === 0 && !filtered;

  return (
    <div className="numbers-page">
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        {items && items.length > 0 && <p className="muted count">{t('list.count', { count: items.length })}</p>}
      </div>
      {!firstRun && <ListToolbar filters={filters} onChange={setFilters} />}
      {state.phase === 'error' && <LoadError message={state.message} onRetry={() => setReloadKey((n) => n + 1)} />}
      {state.phase === 'loading' && items === null && <p className="loading">{t('app.loading')}</p>}
      {firstRun && <EmptyState onAdd={() => go({ name: 'new' })} />}
      {items && items.length === 0 && filtered && (
        <div className="no-matches">
          <p>{t('list.noMatches')}</p>
          <button type="button" className="secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t('list.clearFilters')}
          </button>
        </div>
      )}
      {items && items.length > 0 && <NumbersTable items={items} onOpen={(id) => go({ name: 'detail', id })} />}
    </div>
  );
}
