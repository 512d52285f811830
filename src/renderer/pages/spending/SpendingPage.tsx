import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEND_GROUPS, type SpendGroup, type SpendingSummary, type SpendLine } from '#shared/history-contract.ts';
import { formatMoney } from '#shared/money.ts';
import type { ApiError } from '#shared/errors.ts';
import { useLatestAnswer } from '../../api/useLatestAnswer.ts';
import { errorMessage } from '../../forms/errors.ts';
import { formatPeriodKey } from '../../format/dates.ts';
import { countryName } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { EventFilters, type EventFilterValues } from '../history/EventFilters.tsx';
import { datesRefusal } from '../history/historyFilter.ts';
import { useFilterOptions } from '../history/useFilterOptions.ts';
import { forecastFilter, forecastScope } from './forecastScope.ts';
import '../../styles/data.css';
import { MonthBars } from './MonthBars.tsx';
import { ShareBars } from './ShareBars.tsx';
import { SPEND_TABLE_ROWS, SpendTable } from './SpendTable.tsx';


const currenciesOf = (lines: { currency: string }[]) => [...new Set(lines.map((line) => line.currency))].sort();
/** Months and years newest first in the table (the charts run oldest to newest); each currency in order within. */
const newestFirst = (lines: SpendLine[]) => [...lines].sort((a, b) => (a.key !== b.key ? (a.key < b.key ? 1 : -1) : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));

/** What was spent (each currency apart, charts with the table beside) and what the next 12 months will cost. */
export function SpendingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filters, setFilters] = useState<EventFilterValues>({});
  const filterOptions = useFilterOptions();
  const [group, setGroup] = useState<SpendGroup>('byMonth');
  // How many per-number (country, owner) lines to ask for: the first 50, more on request.
  const [summaryLines, setSummaryLines] = useState(SPEND_TABLE_ROWS);
  const [forecastLines, setForecastLines] = useState(SPEND_TABLE_ROWS);
  const [error, setError] = useState<string | null>(null);
  // Dates the core refused (To before From): said beside them, and no totals of other dates shown meanwhile.
  const [datesError, setDatesError] = useState<string | null>(null);
  const showError = (failure: ApiError) => {
    const refusedDates = datesRefusal(failure, locale);
    if (refusedDates) setDatesError(refusedDates);
    else setError(errorMessage(failure, locale));
  };
  const { kind: _unused, ...counted } = filters;
  // The per-number breakdowns read every number's spending: asked for only when shown.
  const { value: summary, asking: askingSummary } = useLatestAnswer('spending.summary', { ...counted, group, lines: summaryLines }, showError);
  // The forecast is of the numbers the filters select; the dates filter what was spent, not the next 12 months.
  const { value: forecast, asking: askingForecast } = useLatestAnswer('spending.forecast', { ...forecastFilter(filters), lines: forecastLines }, showError);
  const scope = forecastScope(filters, filterOptions.numbers, t, locale);
  // Another group or filter starts from its first lines again.
  const chooseGroup = (chosen: SpendGroup) => {
    setGroup(chosen);
    setSummaryLines(SPEND_TABLE_ROWS);
  };
  const filter = (chosen: EventFilterValues) => {
    setFilters(chosen);
    setDatesError(null);
    setSummaryLines(SPEND_TABLE_ROWS);
    setForecastLines(SPEND_TABLE_ROWS);
  };

  const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }, locale);
  // Until the summary of a newly chosen group arrives, the one on screen stays as it was.
  const shown = summary?.group ?? group;
  const nameOf = (line: SpendLine) => (shown === 'byCountry' ? countryName(line.key, locale) || line.key : shown === 'byOwner' && line.key === '' ? t('data.spending.noOwner') : line.name);
  // Lines in a currency with no rate cannot be ranked against other currencies: the core groups them by currency, said here.
  const orderNote = (totals: SpendingSummary['totals'], value: SpendingSummary['converted']) => {
    if (totals.length < 2) return null;
    if (value === null) return <p className="hint order-note">{t('data.spending.orderByCurrency')}</p>;
    if (value.missing.length === 0) return null;
    return <p className="hint order-note">{t('data.spending.orderMissing', { currencies: value.missing.join(', ') })}</p>;
  };
  const converted = (value: SpendingSummary['converted']) =>
    value && (
      <p className="converted-total">
        {t('data.spending.converted', { amount: money(value.amountMinor, value.base) })}
        {value.missing.length > 0 && ` ${t('data.spending.missing', { currencies: value.missing.join(', ') })}`}
      </p>
    );

  return (
    <div className="spending-page">
      <div className="page-heading">
        <h1>{t('data.spending.title')}</h1>
      </div>
      <section className="card">
        <EventFilters value={filters} onChange={filter} options={filterOptions} withKind={false} toError={datesError} />
        <p className="hint">{t('data.spending.counts')}</p>
      </section>
      {error && <p className="form-error" role="alert">{error}</p>}
      {summary && !datesError && (
        <section className="card" aria-labelledby="spent-title">
          <h2 id="spent-title">{t('data.spending.totals')}</h2>
          {summary.totals.length === 0 ? (
            <p className="muted">{t(Object.keys(filters).length > 0 ? 'data.spending.emptyFiltered' : 'data.spending.empty')}</p>
          ) : (
            <>
              <div className="spend-totals">
                {summary.totals.map((total) => (
                  <p key={total.currency} className="spend-total" data-currency={total.currency}>
                    {money(total.amountMinor, total.currency)}
                    <small>{total.currency}</small>
                  </p>
                ))}
              </div>
              {converted(summary.converted)}
              <label className="field group-select">
                <span>{t('data.spending.by')}</span>
                <select value={group} onChange={(event) => chooseGroup(event.target.value as SpendGroup)}>
                  {SPEND_GROUPS.map((name) => (
                    <option key={name} value={name}>
                      {t(`data.spending.groups.${name}`)}
                    </option>
                  ))}
                </select>
              </label>
              <div className="spend-grid">
                <div>
                  {currenciesOf(summary.totals).map((currency) =>
                    shown === 'byNumber' || shown === 'byCountry' || shown === 'byOwner' ? (
                      <ShareBars
                        key={currency}
                        title={t(`data.spending.chartShare.${shown}`, { currency })}
                        lines={summary.shares.filter((line) => line.currency === currency)}
                        nameOf={nameOf}
                        total={summary.totals.find((total) => total.currency === currency)?.amountMinor ?? 0}
                        locale={locale}
                      />
                    ) : (
                      <MonthBars key={currency} title={t(shown === 'byYear' ? 'data.spending.chartYear' : 'data.spending.chartMonth', { currency })} lines={summary[shown].filter((line) => line.currency === currency)} locale={locale} />
                    ),
                  )}
                </div>
                {shown === 'byMonth' || shown === 'byYear' ? (
                  <SpendTable key={shown} lines={newestFirst(summary[shown])} locale={locale} nameOf={(line) => formatPeriodKey(line.key, locale)} label={t('data.spending.totals')} />
                ) : (
                  <div>
                    {orderNote(summary.totals, summary.converted)}
                    <SpendTable
                      key={shown}
                      lines={summary[shown]}
                      locale={locale}
                      nameOf={nameOf}
                      label={t('data.spending.totals')}
                      more={{ lineCount: summary.lineCount, ask: setSummaryLines, asking: askingSummary }}
                    />
                  </div>
                )}
              </div>
            </>
          )}
        </section>
      )}
      {forecast && (
        <section className="card" aria-labelledby="forecast-title">
          <h2 id="forecast-title">{t('data.spending.forecast')}</h2>
          {scope && (
            <p className="forecast-scope">
              <strong>{scope}</strong>
            </p>
          )}
          <p className="hint">{t('data.spending.forecastIntro')}</p>
          {(filters.from !== undefined || filters.to !== undefined) && <p className="hint">{t('data.spending.forecastNoDates')}</p>}
          <div className="spend-totals">
            {forecast.totals.map((total) => (
              <p key={total.currency} className="spend-total forecast-total" data-currency={total.currency}>
                {money(total.amountMinor, total.currency)}
                <small>{total.currency}</small>
              </p>
            ))}
          </div>
          {converted(forecast.converted)}
          {forecast.totals.length === 0 && <p className="muted">{t('data.spending.forecastEmpty')}</p>}
          {forecast.unpriced.length > 0 && <p className="muted">{t('data.spending.unpriced', { count: forecast.unpriced.length })}</p>}
          {forecast.totals.length > 0 && (
          <div className="spend-grid">
            <div>
              {currenciesOf(forecast.totals).map((currency) => (
                <MonthBars key={currency} forecast title={t('data.spending.forecastChart', { currency })} lines={forecast.byMonth.filter((line) => line.currency === currency)} locale={locale} />
              ))}
            </div>
            <div>
              {orderNote(forecast.totals, forecast.converted)}
              <SpendTable
                lines={forecast.byNumber}
                locale={locale}
                label={t('data.spending.forecast')}
                more={{ lineCount: forecast.lineCount, ask: setForecastLines, asking: askingForecast }}
              />
            </div>
          </div>
          )}
        </section>
      )}
    </div>
  );
}
