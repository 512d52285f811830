import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useDownload } from '../data/useDownload.ts';
import type { Sort } from './columns.ts';
import { filterInput, type ListFilters } from './useNumbers.ts';

/**
 * Exports the numbers the list shows: its current filter (and, for CSV, its order), every field of each.
 * The core selects them with the list's own query, so the file never holds more or fewer than the screen.
 */
export function ListExport({ filters, sort }: { filters: ListFilters; sort: Sort }) {
  const { t } = useTranslation();
  const { busy, error, download } = useDownload();
  const button = (which: 'csv' | 'json', label: string) => (
    <button
      type="button"
      className="secondary small"
      title={t('data.export.listTitle')}
      disabled={busy !== null}
      onClick={() =>
        void download(which, () =>
          which === 'csv' ? call('export.numbersCsv', { ...filterInput(filters), sort }) : call('export.json', { filter: filterInput(filters) }),
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
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
