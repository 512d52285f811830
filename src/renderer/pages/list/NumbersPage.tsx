import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, type Route } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { useRecordShortcut } from '../../app/recordShortcut.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { EmptyState } from './EmptyState.tsx';
import { QuickRenewal } from '../event/QuickRenewal.tsx';
import { COLUMN_KEYS, DEFAULT_SORT, type ColumnKey, type Sort } from './columns.ts';
import { ListToolbar, SEARCH_INPUT_ID } from './ListToolbar.tsx';
import { ListExport } from './ListExport.tsx';
import { NumbersTable, type NumbersTableHandle } from './NumbersTable.tsx';
import { BulkBar } from './BulkBar.tsx';
import { CarrierRulesDialog } from './CarrierRulesDialog.tsx';
import { useBulkActions } from './useBulkActions.ts';
import { NO_FILTERS, isFiltered, rowAt, useFacets, useNumberPages, type ListFilters } from './useNumbers.ts';
import { useSelection } from './useSelection.ts';

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
  const { go } = useNavigation();
  const notify = useNotify();
  const [filters, setFilters] = useState<ListFilters>(() => startFilters(preset));
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [reloadKey, setReloadKey] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [renewing, setRenewing] = useState<number | null>(null);
  const { rows, need, query } = useNumberPages(filters, sort, reloadKey);
  const facets = useFacets(reloadKey);
  const reload = useCallback(() => setReloadKey((n) => n + 1), []);
  const changeFilters = useCallback((patch: Partial<ListFilters>) => setFilters((current) => ({ ...current, ...patch })), []);
  const selection = useSelection(filters, rows);
  const total = rows.total ?? 0;
  const table = useRef<NumbersTableHandle>(null);
  const toRows = useCallback(() => table.current?.focusRow(0), []);

  useEffect(() => {
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
  }, [filters]);
  useEffect(() => {
    if (focusSearch) document.getElementById(SEARCH_INPUT_ID)?.focus();
  }, [focusSearch]);
  useEffect(() => {
    setActiveIndex((index) => Math.min(index, Math.max(0, total - 1)));
  }, [total]);

  const at = useCallback((index: number) => rowAt(rows, index), [rows]);
  const active = at(activeIndex);
  useRecordShortcut(active ? () => setRenewing(active.id) : null);

  const onSort = (key: ColumnKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const open = useCallback((id: number) => go({ name: 'detail', id }), [go]);

  const headers = COLUMN_KEYS.map((key) => t(`listing.columns.${key}`));
  const bulk = useBulkActions({ selected: selection.ids, rows, query, headers, notify, onDone: reload });

  const filtered = isFiltered(filters);
  // No numbers at all: the answer to an unfiltered list is empty (not merely a cleared search not yet answered).
  const firstRun = rows.phase === 'ready' && total === 0 && !filtered && !rows.filtered;
  const shown = rows.total !== null;

  return (
    <div className="numbers-page">
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        {total > 0 && <p className="muted count">{t('list.count', { count: total })}</p>}
        {!firstRun && <ListExport filters={filters} sort={sort} />}
      </div>
      {!firstRun && <ListToolbar filters={filters} facets={facets} onChange={changeFilters} onToRows={toRows} />}
      {selection.ids.size > 0 && (
        <BulkBar
          count={selection.ids.size}
          busy={bulk.busy}
          archivedShown={selection.allArchived}
          onAction={(action) => void bulk.run(action)}
          onClear={selection.clear}
        />
      )}
      {bulk.question && <CarrierRulesDialog question={bulk.question} onConfirm={() => void bulk.applyCarrierRules()} onClose={bulk.dismissQuestion} />}
      {bulk.progress && <JobProgress label={t('listing.bulk.working')} progress={bulk.progress} onCancel={bulk.cancel} />}
      {bulk.error && <p className="form-error" role="alert">{bulk.error}</p>}
      {selection.error && <p className="form-error" role="alert">{selection.error}</p>}
      {rows.phase === 'error' && rows.message !== null && <LoadError message={rows.message} onRetry={reload} />}
      {!shown && rows.phase === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {firstRun && <EmptyState onAdd={() => go({ name: 'new' })} />}
      {shown && total === 0 && filtered && (
        <div className="no-matches">
          <p>{t('list.noMatches')}</p>
          <button type="button" className="secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t('list.clearFilters')}
          </button>
        </div>
      )}
      {total > 0 && (
        <>
          <p className="muted list-hint">{t('listing.moveHint')}</p>
          <NumbersTable
            ref={table}
            total={total}
            rowAt={at}
            onNeed={need}
            sort={sort}
            onSort={onSort}
            selected={selection.ids}
            selection={selection.state}
            onToggle={selection.toggle}
            onToggleAll={selection.toggleAll}
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
