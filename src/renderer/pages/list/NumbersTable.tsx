import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberSummary } from '#shared/numbers.ts';
import { COLUMN_KEYS, type ColumnKey, type Sort } from './columns.ts';
import { NumberRow } from './NumberRow.tsx';

const ROW_HEIGHT = 52;
/** The sticky header's height (list.css): rows start below it, and scrolling keeps them out from under it. */
const HEAD_HEIGHT = 42;

interface NumbersTableProps {
  items: NumberSummary[];
  sort: Sort;
  onSort: (key: ColumnKey) => void;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (id: number) => void;
}

/**
 * The numbers as an ARIA grid with virtualized rows (only those in view are in the DOM, so 10,000 numbers
 * scroll smoothly). The current row is the one Tab reaches; arrows move it, Enter opens, Space selects.
 */
export function NumbersTable({ items, sort, onSort, selected, onToggle, onToggleAll, activeIndex, onActiveIndex, onOpen }: NumbersTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
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
      const next = Math.max(0, Math.min(items.length - 1, index));
      focusPending.current = true;
      onActiveIndex(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [items.length, onActiveIndex, virtualizer],
  );

  const onRowKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, index: number) => {
      if (event.target !== event.currentTarget) return;
      const item = items[index];
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: items.length - 1 };
      const target = moves[event.key];
      if (target !== undefined) move(target);
      else if (event.key === 'Enter' && item) onOpen(item.id);
      else if (event.key === ' ' && item) onToggle(item.id);
      else return;
      event.preventDefault();
    },
    [items, move, onOpen, onToggle],
  );

  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const someSelected = !allSelected && items.some((item) => selected.has(item.id));

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <div role="grid" aria-label={t('listing.table')} aria-rowcount={items.length + 1} aria-multiselectable="true" className="numbers-grid">
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row">
            <div role="columnheader" className="cell-select">
              <input
                type="checkbox"
                aria-label={t('listing.selection.selectAll', { count: items.length })}
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = someSelected;
                }}
                onChange={onToggleAll}
              />
            </div>
            {COLUMN_KEYS.map((key) => {
              const sorted = sort.key === key;
              const Arrow = sort.direction === 'ascending' ? ArrowUp : ArrowDown;
              return (
                <div role="columnheader" key={key} aria-sort={sorted ? sort.direction : undefined} className={key === 'cost' ? 'num' : undefined}>
                  <button type="button" className="sort-button" title={t('listing.sortBy', { column: t(`listing.columns.${key}`) })} onClick={() => onSort(key)}>
                    {t(`listing.columns.${key}`)}
                    {sorted && <Arrow aria-hidden="true" size={14} />}
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const item = items[virtual.index];
            if (!item) return null;
            return (
              <NumberRow
                key={item.id}
                item={item}
                index={virtual.index}
                top={virtual.start - HEAD_HEIGHT}
                selected={selected.has(item.id)}
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
