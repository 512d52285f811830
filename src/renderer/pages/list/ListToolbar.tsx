import { Search, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { NumberFacets } from '#shared/dashboard.ts';
import { NUMBER_KINDS, STATUS_STATES, type NumberKind, type StatusState } from '#shared/numbers.ts';
import { countryName } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import type { ListFilters } from './useNumbers.ts';

export const SEARCH_INPUT_ID = 'numbers-search';

interface ListToolbarProps {
  filters: ListFilters;
  facets: NumberFacets;
  onChange: (filters: ListFilters) => void;
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
}

function Choice({ id, label, value, options, onChange }: ChoiceProps) {
  const { t } = useTranslation();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('listing.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

const plain = (values: string[]) => values.map((value) => ({ value, text: value }));

export function ListToolbar({ filters, facets, onChange }: ListToolbarProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
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
            onChange={(event) => set({ search: event.target.value })}
          />
          <kbd aria-hidden="true">/</kbd>
        </div>
      </div>
      <div className="field-inline">
        <label htmlFor="status-filter">{t('list.statusFilter')}</label>
        <select id="status-filter" value={filters.status} onChange={(event) => set({ status: event.target.value as StatusState | '' })}>
          <option value="">{t('list.allStatuses')}</option>
          {STATUS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`status.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <Choice
        id="country-filter"
        label={t('listing.filters.country')}
        value={filters.country}
        options={facets.countries.map((code) => ({ value: code, text: `${countryName(code, locale)} (${code})` }))}
        onChange={(country) => set({ country })}
      />
      <Choice id="carrier-filter" label={t('listing.filters.carrier')} value={filters.carrier} options={plain(facets.carriers)} onChange={(carrier) => set({ carrier })} />
      <Choice
        id="kind-filter"
        label={t('listing.filters.kind')}
        value={filters.kind}
        options={NUMBER_KINDS.map((kind) => ({ value: kind, text: t(`kinds.${kind}`) }))}
        onChange={(kind) => set({ kind: kind as NumberKind | '' })}
      />
      <Choice id="owner-filter" label={t('listing.filters.owner')} value={filters.owner} options={plain(facets.owners)} onChange={(owner) => set({ owner })} />
      <Choice id="tag-filter" label={t('listing.filters.tag')} value={filters.tag} options={plain(facets.tags)} onChange={(tag) => set({ tag })} />
      <label className="check toolbar-check">
        <input type="checkbox" checked={filters.includeArchived} onChange={(event) => set({ includeArchived: event.target.checked })} />
        <span>{t('list.showArchived')}</span>
      </label>
      {filters.dueWithinDays !== null && (
        <button type="button" className="chip" aria-label={t('listing.filters.remove', { filter: t('listing.filters.dueWithin', { count: filters.dueWithinDays }) })} onClick={() => set({ dueWithinDays: null })}>
          {t('listing.filters.dueWithin', { count: filters.dueWithinDays })}
          <X aria-hidden="true" size={14} />
        </button>
      )}
    </div>
  );
}
