import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, type Route } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { useRecordShortcut } from '../../app/recordShortcut.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useLocale } from '../../i18n/setup.ts';
import { EmptyState } from './EmptyState.tsx';
import { QuickRenewal } from '../event/QuickRenewal.tsx';
import { COLUMN_KEYS, DEFAULT_SORT, sortNumbers, type ColumnKey, type Sort } from './columns.ts';
import { ListToolbar, SEARCH_INPUT_ID } from './ListToolbar.tsx';
import { NumbersTable } from './NumbersTable.tsx';
import { BulkBar } from './BulkBar.tsx';
import { useBulkActions } from './useBulkActions.ts';
import { NO_FILTERS, isFiltered, useFacets, useNumbers, type ListFilters } from './useNumbers.ts';

const FILTERS_KEY = 'keepline.listFilters';

// Filters survive going to a number and back within the session; a dashboard count replaces them.
function startFilters(preset: Extract<Route, { name: 'list' }>['preset']): ListFilters {
  if (preset) return { ...NO_FILTERS, status: preset.status ?? '', dueWithinDays: preset.dueWithinDays ?? null };
  try {
    return { ...NO_FILTERS, ...(JSON.parse(sessionStorage.getItem(FILTERS_KEY) ?? '{}') as Partial<ListFilters>) };
  } catch {
    return NO_FILTERS;
  }
}

export function NumbersPage({ focusSearch, preset }: { focusSearch?: boolean | undefined; preset?: Extract<Route, { name: 'list' }>['preset'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go } = useNavigation();
  const notify = useNotify();
  const [filters, setFilters] = useState<ListFilters>(() => startFilters(preset));
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [reloadKey, setReloadKey] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [activeIndex, setActiveIndex] = useState(0);
  const [renewing, setRenewing] = useState<number | null>(null);
  const state = useNumbers(filters, reloadKey);
  const facets = useFacets(reloadKey);
  const reload = useCallback(() => setReloadKey((n) => n + 1), []);

  useEffect(() => {
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
  }, [filters]);
  useEffect(() => {
    if (focusSearch) document.getElementById(SEARCH_INPUT_ID)?.focus();
  }, [focusSearch]);

  const items = useMemo(() => (state.items ? sortNumbers(state.items, sort, locale) : null), [state.items, sort, locale]);
  // A selection only ever holds rows the user can see.
  useEffect(() => {
    if (!items) return;
    const shown = new Set(items.map((item) => item.id));
    setSelected((current) => ([...current].every((id) => shown.has(id)) ? current : new Set([...current].filter((id) => shown.has(id)))));
    setActiveIndex((index) => Math.min(index, Math.max(0, items.length - 1)));
  }, [items]);

  const active = items?.[activeIndex];
  useRecordShortcut(active ? () => setRenewing(active.id) : null);

  const toggle = useCallback((id: number) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const toggleAll = useCallback(() => {
    if (!items) return;
    setSelected((current) => (items.every((item) => current.has(item.id)) ? new Set() : new Set(items.map((item) => item.id))));
  }, [items]);
  const onSort = (key: ColumnKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const open = useCallback((id: number) => go({ name: 'detail', id }), [go]);

  const selectedItems = useMemo(() => (items ?? []).filter((item) => selected.has(item.id)), [items, selected]);
  const headers = COLUMN_KEYS.map((key) => t(`listing.columns.${key}`));
  const bulk = useBulkActions({ selectedItems, headers, notify, onDone: reload });

  const filtered = isFiltered(filters);
  const firstRun = state.phase === 'ready' && items?.length === 0 && !filtered;

  return (
    <div className="numbers-page">
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        {items && items.length > 0 && <p className="muted count">{t('list.count', { count: items.length })}</p>}
      </div>
      {!firstRun && <ListToolbar filters={filters} facets={facets} onChange={setFilters} />}
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          busy={bulk.busy}
          archivedShown={selectedItems.length > 0 && selectedItems.every((item) => item.archived)}
          onAction={(action) => void bulk.run(action)}
          onClear={() => setSelected(new Set())}
        />
      )}
      {bulk.error && <p className="form-error" role="alert">{bulk.error}</p>}
      {state.phase === 'error' && <LoadError message={state.message} onRetry={reload} />}
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
      {items && items.length > 0 && (
        <>
          <p className="muted list-hint">{t('listing.moveHint')}</p>
          <NumbersTable
            items={items}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            activeIndex={activeIndex}
            onActiveIndex={setActiveIndex}
            onOpen={open}
          />
        </>
      )}
      {renewing !== null && <QuickRenewal numberId={renewing} onClose={() => setRenewing(null)} onRecorded={reload} />}
    </div>
  );
}
