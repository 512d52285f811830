import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DownloadProgress, useDownload } from './useDownload.tsx';

/** Every export the core offers, each one click away; secrets only after a tick and a confirmation. */
export function ExportCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const exports = useDownload();
  const { busy, error, download } = exports;

  const button = (which: string, label: string, request: Parameters<typeof download>[1]) => (
    <button type="button" className="secondary" disabled={busy !== null} onClick={() => void download(which, request)}>
      <Download aria-hidden="true" size={16} />
      {busy === which ? t('data.working') : label}
    </button>
  );

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('data.export.title')}</h2>
      <p className="muted">{t('data.export.intro')}</p>
      <div className="export-row">
        <label className="field">
          <span>{t('data.export.numbersFilter')}</span>
          <input type="search" value={search} maxLength={100} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />
          {t('data.export.includeArchived')}
        </label>
        {button('numbers', t('data.export.numbersCsv'), (run) => run('export.numbersCsv', { search, includeArchived }))}
      </div>
      <div className="export-row">
        {button('history', t('data.export.historyCsv'), (run) => run('export.historyCsv', {}))}
        {button('historyJson', t('data.export.historyJson'), (run) => run('export.historyJson', {}))}
      </div>
      <div className="export-row">
        <label className="check">
          <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />
          {t('data.export.includeSecrets')}
        </label>
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => (includeSecrets ? setConfirming(true) : void download('json', (run) => run('export.json', {})))}>
          <Download aria-hidden="true" size={16} />
          {busy === 'json' ? t('data.working') : t('data.export.json')}
        </button>
      </div>
      <div className="export-row">
        {button('calendar', t('data.export.calendar'), (run) => run('export.calendar', {}))}
        <span className="hint">{t('data.export.calendarHint')}</span>
      </div>
      <DownloadProgress exports={exports} />
      {error && <p className="form-error" role="alert">{error}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('data.export.confirmTitle')}
          body={<p className="warning-text">{t('data.export.confirmBody')}</p>}
          confirmLabel={t('data.export.confirm')}
          danger
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const failure = await download('json', (run) => run('export.json', { includeSecrets: true, confirmSecrets: true }));
            if (failure) return errorMessage(failure, locale);
            setConfirming(false);
            return null;
          }}
        />
      )}
    </section>
  );
}
