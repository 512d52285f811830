import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DownloadProgress, useDownload } from '../data/useDownload.tsx';
import type { Sort } from './columns.ts';
import { filterInput, type ListFilters } from './useNumbers.ts';

/**
 * Exports the numbers the list shows: its current filter (and, for CSV, its order), every field of each.
 * The core selects them with the list's own query, so the file never holds more or fewer than the screen.
 */
export function ListExport({ filters, sort }: { filters: ListFilters; sort: Sort }) {
  const { t } = useTranslation();
  const exports = useDownload();
  const { busy, error, download } = exports;
  const button = (which: 'csv' | 'json', label: string) => (
    <button
      type="button"
      className="secondary small"
      title={t('data.export.listTitle')}
      disabled={busy !== null}
      onClick={() =>
        void download(which, (run) =>
          which === 'csv' ? run('export.numbersCsv', { ...filterInput(filters), sort }) : run('export.json', { filter: filterInput(filters) }),
        )
      }
    >
      <Download aria-hidden="true" size={14} />
      {busy === which ? t('data.working') : label}
    </button>
  );
  return (
    <div className="list-export">
      {button('csv', t('data.export.listCsv'))}
      {button('json', t('data.export.listJson'))}
      <DownloadProgress exports={exports} />
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
