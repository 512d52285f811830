import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useCallback, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberSummary } from '#shared/numbers.ts';
import { userZoneName } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';
import { COLUMN_KEYS, type ColumnKey, type Sort } from './columns.ts';
import { NumberRow } from './NumberRow.tsx';

const ROW_HEIGHT = 52;
/** The sticky header's height (list.css): rows start below it, and scrolling keeps them out from under it. */
const HEAD_HEIGHT = 42;

/** What the page can ask of the grid: the search box's Down arrow moves focus to the first row. */
export interface NumbersTableHandle {
  focusRow: (index: number) => void;
}

interface NumbersTableProps {
  ref?: Ref<NumbersTableHandle>;
  /** How many numbers match: the grid's height, though only some rows are loaded. */
  total: number;
  rowAt: (index: number) => NumberSummary | undefined;
  /** Asks for the rows from `first` to `last` (those in view) to be loaded. */
  onNeed: (first: number, last: number) => void;
  sort: Sort;
  onSort: (key: ColumnKey) => void;
  selected: ReadonlySet<number>;
  /** Whether every matching number is selected, or some. */
  selection: 'all' | 'some' | 'none';
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (id: number) => void;
}

/**
 * The numbers as an ARIA grid with virtualized rows (only those in view are in the DOM, and only their pages
 * are loaded, so 10,000 numbers open and scroll at once). The current row is the one Tab reaches; arrows move
 * it, Enter opens, Space selects.
 */
export function NumbersTable({ ref, total, rowAt, onNeed, sort, onSort, selected, selection, onToggle, onToggleAll, activeIndex, onActiveIndex, onOpen }: NumbersTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  const shown = virtualizer.getVirtualItems();
  const first = shown[0]?.index ?? 0;
  const last = shown[shown.length - 1]?.index ?? 0;
  // Runs after every render: a new filter or reload forgets the loaded pages, and the rows in view come again.
  useEffect(() => {
    if (total > 0) onNeed(first, last);
  });

  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const move = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(total - 1, index));
      focusPending.current = true;
      onActiveIndex(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [total, onActiveIndex, virtualizer],
  );
  // A row already drawn takes focus at once: moving to the row that is already current renders nothing, so
  // the focus that waits for a render would wait (and later take focus from wherever the user had gone).
  const focusRow = useCallback(
    (index: number) => {
      if (total === 0) return;
      move(index);
      const row = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${Math.min(index, total - 1)}"]`);
      if (row) {
        focusPending.current = false;
        row.focus({ preventScroll: true });
      }
    },
    [total, move],
  );
  useImperativeHandle(ref, () => ({ focusRow }), [focusRow]);

  const onRowKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, index: number) => {
      if (event.target !== event.currentTarget) return;
      const item = rowAt(index);
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: total - 1 };
      const target = moves[event.key];
      if (target !== undefined) move(target);
      else if (event.key === 'Enter' && item) onOpen(item.id);
      else if (event.key === ' ' && item) onToggle(item.id);
      else return;
      event.preventDefault();
    },
    [rowAt, total, move, onOpen, onToggle],
  );

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <div role="grid" aria-label={t('listing.table')} aria-rowcount={total + 1} aria-multiselectable="true" className="numbers-grid">
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row">
            <div role="columnheader" className="cell-select">
              <input
                type="checkbox"
                aria-label={t('listing.selection.selectAll', { count: total })}
                checked={selection === 'all'}
                ref={(box) => {
                  if (box) box.indeterminate = selection === 'some';
                }}
                onChange={onToggleAll}
              />
            </div>
            {COLUMN_KEYS.map((key) => {
              const sorted = sort.key === key;
              const Arrow = sort.direction === 'ascending' ? ArrowUp : ArrowDown;
              return (
                <div role="columnheader" key={key} data-col={key} aria-sort={sorted ? sort.direction : undefined} className={key === 'cost' ? 'num' : undefined}>
                  <button type="button" className="sort-button" title={t('listing.sortBy', { column: t(`listing.columns.${key}`) })} onClick={() => onSort(key)}>
                    {t(`listing.columns.${key}`)}
                    {sorted && <Arrow aria-hidden="true" size={14} />}
                  </button>
                  {/* The times below are the user's own; each date's tooltip gives the carrier's day and zone. */}
                  {key === 'deadline' && (
                    <span className="column-note" title={t('listing.yourTimeTitle', { zone: userZoneName(locale) })}>
                      {t('listing.yourTime')}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {shown.map((virtual) => {
            const item = rowAt(virtual.index);
            return (
              // Keyed by place, not by number: a row that arrives replaces its placeholder in the same element,
              // so focus on it stays.
              <NumberRow
                key={virtual.index}
                item={item}
                index={virtual.index}
                top={virtual.start - HEAD_HEIGHT}
                selected={item !== undefined && selected.has(item.id)}
                active={virtual.index === activeIndex}
                onOpen={onOpen}
                onToggle={onToggle}
                onFocusRow={onActiveIndex}
                onKeyDown={onRowKey}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
