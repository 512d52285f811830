import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind } from '#shared/events.ts';
import { countryName } from '../../format/regions.ts';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { useLocale } from '../../i18n/setup.ts';
import { NumberPicker } from './NumberPicker.tsx';
import type { FilterOptions } from './useFilterOptions.ts';

export interface EventFilterValues {
  numberId?: number;
  /** A number typed in any format, or part of its label (the picker's text when no one number was chosen). */
  numberSearch?: string;
  owner?: string;
  country?: string;
  carrier?: string;
  kind?: EventKind;
  from?: string;
  to?: string;
}

interface EventFiltersProps {
  value: EventFilterValues;
  onChange: (next: EventFilterValues) => void;
  /** From the page's `useFilterOptions`: the spending page names the chosen number with them too. */
  options: FilterOptions;
  withKind?: boolean;
  /** Why the core refused the dates (To before From), said beside To. */
  toError?: string | null;
}

/** Filters shared by the history and spending pages; `withKind` false on spending (it counts fixed kinds). */
export function EventFilters({ value, onChange, options, withKind = true, toError = null }: EventFiltersProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { numbers, facets } = options;
  const set = (patch: Partial<EventFilterValues>) => {
    const next: EventFilterValues = { ...value, ...patch };
    for (const key of Object.keys(next) as (keyof EventFilterValues)[]) if (next[key] === '' || next[key] === undefined) delete next[key];
    onChange(next);
  };
  const select = (label: string, current: string | undefined, options: { value: string; label: string }[], apply: (v: string | undefined) => void) => (
    <label className="field">
      <span>{label}</span>
      <select value={current ?? ''} onChange={(event) => apply(event.target.value || undefined)}>
        <option value="">{t('data.history.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="filters">
      <legend className="sr-only">{t('data.history.filters')}</legend>
      <NumberPicker label={t('data.history.number')} anyLabel={t('data.history.any')} noMatch={(text) => t('data.history.noNumber', { text })} numbers={numbers} value={value} onChange={(choice) => set({ numberId: choice.numberId, numberSearch: choice.numberSearch })} />
      {select(t('data.history.owner'), value.owner, facets.owners.map((o) => ({ value: o, label: o })), (v) => set({ owner: v }))}
      {select(t('data.history.country'), value.country, facets.countries.map((c) => ({ value: c, label: countryName(c, locale) })), (v) => set({ country: v }))}
      {select(t('data.history.carrier'), value.carrier, facets.carriers.map((c) => ({ value: c, label: c })), (v) => set({ carrier: v }))}
      {withKind && select(t('data.history.kind'), value.kind, EVENT_KINDS.map((k) => ({ value: k, label: t(`event.kinds.${k}`) })), (v) => set({ kind: v as EventKind | undefined }))}
      <label className="field">
        <span>{t('data.history.from')}</span>
        <input type="date" value={value.from ?? ''} onChange={(event) => set({ from: event.target.value || undefined })} />
      </label>
      <div className="filter-date">
        <label className="field">
          <span>{t('data.history.to')}</span>
          <input
            type="date"
            value={value.to ?? ''}
            aria-invalid={toError ? true : undefined}
            aria-describedby={toError ? 'filter-to-error' : undefined}
            onChange={(event) => set({ to: event.target.value || undefined })}
          />
        </label>
        {toError && (
          <div role="alert">
            <FieldErrorText id="filter-to-error" messages={[toError]} />
          </div>
        )}
      </div>
      {Object.keys(value).length > 0 && (
        <button type="button" className="link" onClick={() => onChange({})}>
          {t('data.history.clear')}
        </button>
      )}
    </fieldset>
  );
}
