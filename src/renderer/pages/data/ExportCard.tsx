import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '#shared/errors.ts';
import { call } from '../../api/client.ts';
import type { FileToSave } from '../../api/download.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useDownload } from './useDownload.ts';

/** Every export the core offers, each one click away; secrets only after a tick and a confirmation. */
export function ExportCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, download } = useDownload();

  const button = (which: string, label: string, request: () => Promise<Envelope<FileToSave>>) => (
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
        {button('numbers', t('data.export.numbersCsv'), () => call('export.numbersCsv', { search, includeArchived }))}
      </div>
      <div className="export-row">
        {button('history', t('data.export.historyCsv'), () => call('export.historyCsv', {}))}
        {button('historyJson', t('data.export.historyJson'), () => call('export.historyJson', {}))}
      </div>
      <div className="export-row">
        <label className="check">
          <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />
          {t('data.export.includeSecrets')}
        </label>
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => (includeSecrets ? setConfirming(true) : void download('json', () => call('export.json', {})))}>
          <Download aria-hidden="true" size={16} />
          {busy === 'json' ? t('data.working') : t('data.export.json')}
        </button>
      </div>
      <div className="export-row">
        {button('calendar', t('data.export.calendar'), () => call('export.calendar', {}))}
        <span className="hint">{t('data.export.calendarHint')}</span>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('data.export.confirmTitle')}
          body={<p className="warning-text">{t('data.export.confirmBody')}</p>}
          confirm={t('data.export.confirm')}
          danger
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const failure = await download('json', () => call('export.json', { includeSecrets: true, confirmSecrets: true }));
            if (failure) return errorMessage(failure, locale);
            setConfirming(false);
            return null;
          }}
        />
      )}
    </section>
  );
}
