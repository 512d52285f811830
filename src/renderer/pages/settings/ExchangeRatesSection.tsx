import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeRates } from '#shared/exchange-rates.ts';
import { updatePreferences, usePreferences } from '../../app/preferences.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { currencyCodes } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { SettingsCard } from './SettingsCard.tsx';

interface Row {
  currency: string;
  rate: string;
}

/** The user's own exchange rates, for a converted spending total (never fetched from anywhere). */
export function ExchangeRatesSection() {
  const settings = usePreferences();
  return settings ? <RatesForm rates={settings.exchangeRates} /> : null;
}

function RatesForm({ rates }: { rates: ExchangeRates }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [base, setBase] = useState(rates?.base ?? '');
  const [rows, setRows] = useState<Row[]>(Object.entries(rates?.rates ?? {}).map(([currency, rate]) => ({ currency, rate: String(rate) })));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (next: ExchangeRates) => {
    setSaving(true);
    setError(null);
    const answer = await updatePreferences({ exchangeRates: next });
    setSaving(false);
    if (!answer.ok) return setError(errorMessage(answer.error, locale));
    notify(t('data.rates.saved'));
  };
  const submit = () => {
    if (base === '') return void save(null);
    const entries = rows.filter((row) => row.currency !== '' && row.rate.trim() !== '').map((row) => [row.currency, Number(row.rate.replace(',', '.'))] as const);
    void save({ base, rates: Object.fromEntries(entries) });
  };

  return (
    <SettingsCard id="settings-rates" title={t('data.rates.title')}>
      <p className="muted">{t('data.rates.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field rate-base">
          <span>{t('data.rates.base')}</span>
          <select value={base} onChange={(event) => setBase(event.target.value)}>
            <option value="">—</option>
            {currencyCodes().map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        {base !== '' &&
          rows.map((row, index) => (
            <div className="rate-row" key={index}>
              <select aria-label={t('data.rates.add')} value={row.currency} onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, currency: event.target.value } : r)))}>
                <option value="">—</option>
                {currencyCodes().map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
              <span>{t('data.rates.rate', { currency: row.currency || '…' })}</span>
              <input inputMode="decimal" aria-label={t('data.rates.rate', { currency: row.currency || '…' })} value={row.rate} onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, rate: event.target.value } : r)))} />
              <span>{base}</span>
              <button type="button" className="icon-button" aria-label={t('data.rates.remove', { currency: row.currency })} onClick={() => setRows(rows.filter((_r, i) => i !== index))}>
                <Trash2 aria-hidden="true" size={16} />
              </button>
            </div>
          ))}
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          {base !== '' && (
            <button type="button" className="secondary" onClick={() => setRows([...rows, { currency: '', rate: '' }])}>
              {t('data.rates.addRate')}
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('settingsPage.saving') : t('settingsPage.save')}
          </button>
          {rates !== null && (
            <button type="button" className="secondary" onClick={() => { setBase(''); setRows([]); void save(null); }}>
              {t('data.rates.clear')}
            </button>
          )}
        </div>
      </form>
    </SettingsCard>
  );
}
