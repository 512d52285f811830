import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { STATUS_STATES, type StatusState } from '#shared/numbers.ts';
import type { ListFilters } from './useNumbers.ts';

export const SEARCH_INPUT_ID = 'numbers-search';

interface ListToolbarProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

export function ListToolbar({ filters, onChange }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <div className="search-box">
        <label htmlFor={SEARCH_INPUT_ID}>{t('list.search')}</label>
        <div className="input-with-icon">
          <Search aria-hidden="true" size={16} />
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            autoComplete="off"
            placeholder={t('list.searchPlaceholder')}
            value={filters.search}
            maxLength={100}
            onChange={(event) => onChange({ ...filters, search: event.target.value })}
          />
          <kbd aria-hidden="true">/</kbd>
        </div>
      </div>
      <div className="field-inline">
        <label htmlFor="status-filter">{t('list.statusFilter')}</label>
        <select
          id="status-filter"
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as StatusState | '' })}
        >
          <option value="">{t('list.allStatuses')}</option>
          {STATUS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`status.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check toolbar-check">
        <input
          type="checkbox"
          checked={filters.includeArchived}
          onChange={(event) => onChange({ ...filters, includeArchived: event.target.checked })}
        />
        <span>{t('list.showArchived')}</span>
      </label>
    </div>
  );
}
