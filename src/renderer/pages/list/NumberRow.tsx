import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '#shared/money.ts';
import type { NumberSummary } from '#shared/numbers.ts';
import { CountryFlag } from '../../components/CountryFlag.tsx';
import { DeadlineWhen } from '../../components/DeadlineWhen.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLocale } from '../../i18n/setup.ts';

interface NumberRowProps {
  /** Undefined while its page is on its way: the row keeps its place, focus and keys. */
  item: NumberSummary | undefined;
  index: number;
  top: number;
  selected: boolean;
  active: boolean;
  onOpen: (id: number) => void;
  onToggle: (id: number) => void;
  onFocusRow: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
}

/** One row of the grid; it opens its number on click, and the list's keys move and select. */
export const NumberRow = memo(function NumberRow({ item, index, top, selected, active, onOpen, onToggle, onFocusRow, onKeyDown }: NumberRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!item) {
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-busy="true"
        data-index={index}
        tabIndex={active ? 0 : -1}
        className={['grid-row', 'pending', active ? 'active' : ''].filter(Boolean).join(' ')}
        style={{ transform: `translateY(${top}px)` }}
        onFocus={() => onFocusRow(index)}
        onKeyDown={(event) => onKeyDown(event, index)}
      >
        <div role="gridcell" className="cell-select" />
        <div role="gridcell" className="pending-cell">
          <span className="muted">{t('app.loading')}</span>
        </div>
      </div>
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      tabIndex={active ? 0 : -1}
      className={['grid-row', item.archived ? 'archived' : '', selected ? 'selected' : '', active ? 'active' : ''].filter(Boolean).join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(item.id)}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(event) => onKeyDown(event, index)}
    >
      <div role="gridcell" className="cell-select" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={t('listing.selection.selectRow', { number: item.formatted })}
          onChange={() => onToggle(item.id)}
        />
      </div>
      <div role="gridcell" data-col="status">
        <StatusBadge status={item.status} hasDeadline={item.deadlineOn !== null} compact />
      </div>
      <div role="gridcell" data-col="country">
        <CountryFlag code={item.country} />
      </div>
      <div role="gridcell" data-col="number" className="number-cell">
        {/* Shown only where the window is too narrow for the country's own column (list.css). */}
        <span className="number-flag">
          <CountryFlag code={item.country} />
        </span>
        <button
          type="button"
          tabIndex={-1}
          className="link number-link"
          aria-label={t('list.open', { number: item.formatted })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item.id);
          }}
        >
          {item.formatted}
        </button>
        {item.archived && <span className="tag">{t('list.archived')}</span>}
      </div>
      <div role="gridcell" data-col="label" className="clip" title={item.label}>{item.label}</div>
      <div role="gridcell" data-col="owner" className="clip" title={item.owner}>{item.owner}</div>
      <div role="gridcell" data-col="carrier" className="clip" title={item.carrier}>{item.carrier}</div>
      <div role="gridcell" data-col="kind" className="clip">{t(`kinds.${item.kind}`)}</div>
      <div role="gridcell" data-col="deadline">
        {item.deadlineOn ? (
          <DeadlineWhen on={item.deadlineOn} endsAt={item.deadlineEndsAt} daysLeft={item.status.daysLeft} timeZone={item.timeZone} />
        ) : (
          <span className="muted">{t('list.noDeadline')}</span>
        )}
      </div>
      <div role="gridcell" data-col="cost" className="num">{item.planCost ? formatMoney(item.planCost, locale) : ''}</div>
    </div>
  );
});
