import { Download, Upload } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../components/JobProgress.tsx';
import { useLocale } from '../../i18n/setup.ts';
import { countryOptions, currencyCodes } from '../../format/regions.ts';
import { CarrierRulesOption } from './CarrierRulesOption.tsx';
import { MappingTable } from './MappingTable.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { DownloadProgress, useDownload } from './useDownload.tsx';
import { useSheetImport } from './useSheetImport.ts';

/** Choose a file, check how its columns map, see what each row will do, then import it in one go or cancel. */
export function ImportCard({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const flow = useSheetImport();
  const { state, options } = flow;
  const [skipInvalid, setSkipInvalid] = useState(false);
  const invalidRows = useDownload();
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const summary = state.phase === 'done' ? state.summary : null;
  const preview = state.phase === 'preview' ? state.preview : null;
  const busy = state.phase === 'reading' || state.phase === 'committing' || (state.phase === 'preview' && state.busy);
  const importable = preview ? preview.counts.create + preview.counts.update : 0;
  const blocked = preview !== null && (preview.dates.needed || (preview.counts.invalid > 0 && !skipInvalid) || importable === 0);

  return (
    <section className="card import-card" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <p className="muted">{t('data.import.intro')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('data.import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={state.phase === 'committing'}
          onChange={(event) => {
            setSkipInvalid(false);
            void flow.choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <span className="hint">{t('data.import.limit')}</span>
      </div>

      {state.phase === 'committing' && flow.progress && (
        <JobProgress label={t('data.import.committing')} progress={flow.progress} onCancel={flow.cancelImport} />
      )}
      {busy && state.phase !== 'committing' && (
        <JobProgress
          label={t('data.import.reading', { file: state.phase === 'reading' ? state.fileName : state.phase === 'preview' ? state.file.fileName : '' })}
          progress={flow.checking ?? { done: 0, total: null }}
          onCancel={flow.cancel}
        />
      )}
      {flow.error && <p className="form-error" role="alert">{flow.error === 'tooBig' ? t('data.import.tooBig') : flow.error}</p>}

      {state.phase === 'json' && (
        <div className="import-json">
          <h3>{t('data.import.jsonTitle')}: {state.file.fileName}</h3>
          <p>{t('data.import.jsonBody')}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void flow.commit(false)}>
              {t('data.import.jsonImport')}
            </button>
            <button type="button" className="secondary" onClick={flow.cancel}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}

      {preview && state.phase === 'preview' && (
        <div className="import-preview">
          {/* The file input is emptied after each choice (so the same file can be chosen again): the name is said here. */}
          <p className="import-file">{t('data.import.chosenFile', { file: state.file.fileName })}</p>
          {(preview.charset === 'gb18030' || preview.charset === 'windows-1252') && (
            <p className="banner import-charset" role="note">
              {t('data.import.charsetNote', { charset: t(`data.import.charsets.${preview.charset}`) })}
            </p>
          )}
          <div className="grid-2">
            <label className="field">
              <span>{t('data.import.defaultCountry')}</span>
              <select value={options.defaultCountry ?? ''} disabled={busy} onChange={(event) => flow.change({ defaultCountry: event.target.value || null })}>
                <option value="">{t('data.import.none')}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('data.import.defaultCurrency')}</span>
              <select value={options.defaultCurrency ?? ''} disabled={busy} onChange={(event) => flow.change({ defaultCurrency: event.target.value || null })}>
                <option value="">{t('data.import.none')}</option>
                {currencyCodes().map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="choice-group">
            <legend>{t('data.import.existing')}</legend>
            {(['skip', 'update'] as const).map((value) => (
              <label key={value} className="check">
                <input type="radio" name="existing" checked={options.existing === value} disabled={busy} onChange={() => flow.change({ existing: value })} />
                {t(value === 'skip' ? 'data.import.existingSkip' : 'data.import.existingUpdate')}
              </label>
            ))}
          </fieldset>
          {(preview.dates.needed || options.dateOrder !== null || preview.dates.order === 'dmy' || preview.dates.order === 'mdy') && (
            <fieldset className={preview.dates.needed ? 'choice-group needs-choice' : 'choice-group'}>
              <legend>{preview.dates.needed ? t('data.import.dateOrderNeeded') : t('data.import.dateOrder')}</legend>
              {(['dmy', 'mdy'] as const).map((value) => (
                <label key={value} className="check">
                  <input type="radio" name="date-order" checked={(options.dateOrder ?? preview.dates.order) === value} disabled={busy} onChange={() => flow.change({ dateOrder: value })} />
                  {t(`data.import.${value}`)}
                </label>
              ))}
            </fieldset>
          )}

          <h3>{t('data.import.mapping')}</h3>
          <MappingTable columns={preview.columns} disabled={busy} onChange={(mapping) => flow.change({ mapping })} />

          <h3>{t('data.import.preview')}</h3>
          <p className="import-counts" aria-live="polite">
            {t('data.import.counts', preview.counts)}
            {preview.counts.unchanged > 0 && ` · ${t('data.import.countsUnchanged', { count: preview.counts.unchanged })}`}
          </p>
          <CarrierRulesOption
            count={preview.carrierRules}
            checked={options.carrierRules !== false}
            disabled={busy}
            onChange={(carrierRules) => flow.change({ carrierRules })}
          />
          {preview.counts.invalid > 0 && (
            <div className="banner invalid-rows">
              <p>{t('data.import.invalidChoice')}</p>
              <label className="check">
                <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />
                {t('data.import.skipInvalid')}
              </label>
              <p className="hint">{t('data.import.invalidFile')}</p>
              <div>
                <button
                  type="button"
                  className="secondary small"
                  disabled={busy || invalidRows.busy !== null}
                  onClick={() => void invalidRows.download('invalid', (run) => run('import.sheetInvalidCsv', { ...state.file, ...options }))}
                >
                  <Download aria-hidden="true" size={16} />
                  {t('data.import.downloadInvalid', { count: preview.counts.invalid })}
                </button>
              </div>
              <DownloadProgress exports={invalidRows} />
              {invalidRows.error && <p className="form-error" role="alert">{invalidRows.error}</p>}
            </div>
          )}
          <PreviewTable rows={preview.rows} />
          <div className="form-actions">
            <button type="button" className="primary" disabled={busy || blocked} onClick={() => void flow.commit(skipInvalid)}>
              <Upload aria-hidden="true" size={16} />
              {importable === 0 ? t('data.import.nothing') : t('data.import.commit', { count: importable })}
            </button>
            <button type="button" className="secondary" onClick={flow.cancel}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}

      {summary && (
        <p className="import-done" role="status">
          {'json' in summary ? t('data.import.jsonDone', summary.json) : t('data.import.done', summary)}{' '}
          {!('json' in summary) && summary.unchanged > 0 && <>{t('data.import.doneUnchanged', { count: summary.unchanged })} </>}
          {onImported && (
            <button type="button" className="link" onClick={onImported}>
              {t('app.numbers')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
