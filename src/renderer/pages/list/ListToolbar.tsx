import { Search, X } from 'lucide-react';
import { memo, useMemo } from 'react';
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
  /** Changes the filters named; the others stay. */
  onChange: (patch: Partial<ListFilters>) => void;
  /** Down arrow or Enter in the search box: focus goes to the first number found (none: nothing happens). */
  onToRows: () => void;
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

export function ListToolbar({ filters, facets, onChange, onToRows }: ListToolbarProps) {
  const { t } = useTranslation();
  const { search, ...choices } = filters;
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
            value={search}
            maxLength={100}
            onChange={(event) => onChange({ search: event.target.value })}
            onKeyDown={(event) => {
              // Not while an input method composes (Enter there picks the characters).
              if (event.nativeEvent.isComposing || (event.key !== 'ArrowDown' && event.key !== 'Enter')) return;
              event.preventDefault();
              onToRows();
            }}
          />
          <kbd aria-hidden="true">/</kbd>
        </div>
      </div>
      <FilterChoices {...choices} facets={facets} onChange={onChange} />
    </div>
  );
}

type FilterChoicesProps = Omit<ListFilters, 'search'> & Pick<ListToolbarProps, 'facets' | 'onChange'>;

/** The filters other than the search: unchanged while the user types, so typing re-renders none of them. */
const FilterChoices = memo(function FilterChoices({ status, country, carrier, kind, owner, tag, includeArchived, dueWithinDays, facets, onChange }: FilterChoicesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => facets.countries.map((code) => ({ value: code, text: `${countryName(code, locale)} (${code})` })), [facets.countries, locale]);
  return (
    <>
      <div className="field-inline">
        <label htmlFor="status-filter">{t('list.statusFilter')}</label>
        <select id="status-filter" value={status} onChange={(event) => onChange({ status: event.target.value as StatusState | '' })}>
          <option value="">{t('list.allStatuses')}</option>
          {STATUS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`status.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <Choice id="country-filter" label={t('listing.filters.country')} value={country} options={countries} onChange={(value) => onChange({ country: value })} />
      <Choice id="carrier-filter" label={t('listing.filters.carrier')} value={carrier} options={plain(facets.carriers)} onChange={(value) => onChange({ carrier: value })} />
      <Choice
        id="kind-filter"
        label={t('listing.filters.kind')}
        value={kind}
        options={NUMBER_KINDS.map((value) => ({ value, text: t(`kinds.${value}`) }))}
        onChange={(value) => onChange({ kind: value as NumberKind | '' })}
      />
      <Choice id="owner-filter" label={t('listing.filters.owner')} value={owner} options={plain(facets.owners)} onChange={(value) => onChange({ owner: value })} />
      <Choice id="tag-filter" label={t('listing.filters.tag')} value={tag} options={plain(facets.tags)} onChange={(value) => onChange({ tag: value })} />
      <label className="check toolbar-check">
        <input type="checkbox" checked={includeArchived} onChange={(event) => onChange({ includeArchived: event.target.checked })} />
        <span>{t('list.showArchived')}</span>
      </label>
      {dueWithinDays !== null && (
        <button type="button" className="chip" aria-label={t('listing.filters.remove', { filter: t('listing.filters.dueWithin', { count: dueWithinDays }) })} onClick={() => onChange({ dueWithinDays: null })}>
          {t('listing.filters.dueWithin', { count: dueWithinDays })}
          <X aria-hidden="true" size={14} />
        </button>
      )}
    </>
  );
});
