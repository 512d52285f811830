import { Download, Pencil, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '#shared/history-contract.ts';
import { formatDay } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/data.css';
import { DeleteEventDialog } from './DeleteEventDialog.tsx';
import { EditEventDialog } from './EditEventDialog.tsx';
import { EventFilters, type EventFilterValues } from './EventFilters.tsx';
import { eventFacts } from './eventFacts.ts';
import { datesRefusal, historyFilter } from './historyFilter.ts';
import { useFilterOptions } from './useFilterOptions.ts';
import { DownloadProgress, useDownload } from '../data/useDownload.tsx';

const PAGE = 50;

/** Every event of every number, newest first, filtered and paged; each one editable and deletable. */
export function HistoryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go } = useNavigation();
  const [filters, setFilters] = useState<EventFilterValues>({});
  const filterOptions = useFilterOptions();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: HistoryItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [datesError, setDatesError] = useState<string | null>(null);
  const [editing, setEditing] = useState<HistoryItem | null>(null);
  const [deleting, setDeleting] = useState<HistoryItem | null>(null);

  // Typing in the number filter asks once per keystroke: an answer to an older question is dropped.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const asked = ++latest.current;
    const answer = await call('history.list', { ...historyFilter(filters), offset, limit: PAGE });
    if (asked !== latest.current) return;
    const refusedDates = answer.ok ? null : datesRefusal(answer.error, locale);
    setDatesError(refusedDates);
    if (answer.ok) {
      setPage(answer.value);
      setError(null);
    } else if (refusedDates) {
      // Said beside the dates; no list, rather than "0 events".
      setPage(null);
      setError(null);
    } else setError(errorMessage(answer.error, locale));
  }, [filters, offset, locale]);
  useEffect(() => {
    void load();
  }, [load]);

  // The exports hold the events these filters select, every page of them.
  const exports = useDownload();
  const exportButton = (which: 'csv' | 'json', label: string) => (
    <button
      type="button"
      className="secondary"
      disabled={exports.busy !== null}
      onClick={() => void exports.download(which, (run) => run(which === 'csv' ? 'export.historyCsv' : 'export.historyJson', historyFilter(filters)))}
    >
      <Download aria-hidden="true" size={16} />
      {exports.busy === which ? t('data.working') : label}
    </button>
  );
  const kindName = (item: HistoryItem) => t(`event.kinds.${item.kind}`);

  return (
    <div className="history-page">
      <div className="page-heading">
        <h1>{t('data.history.title')}</h1>
        <span className="history-export">
          {exportButton('csv', t('data.history.exportCsv'))}
          {exportButton('json', t('data.history.exportJson'))}
        </span>
      </div>
      <DownloadProgress exports={exports} />
      <section className="card">
        <EventFilters
          value={filters}
          toError={datesError}
          options={filterOptions}
          onChange={(next) => {
            setFilters(next);
            setOffset(0);
          }}
        />
      </section>
      {error && <p className="form-error" role="alert">{error}</p>}
      {exports.error && <p className="form-error" role="alert">{exports.error}</p>}
      {page && (
        <section className="card" aria-live="polite">
          <p className="muted">{t('data.history.total', { count: page.total })}</p>
          {page.items.length === 0 ? (
            <p className="muted">{t('data.history.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table history-table">
                <thead>
                  <tr>
                    <th scope="col">{t('data.history.date')}</th>
                    <th scope="col">{t('data.history.number')}</th>
                    <th scope="col">{t('data.history.kind')}</th>
                    <th scope="col" className="num">{t('data.history.amount')}</th>
                    <th scope="col">{t('data.history.details')}</th>
                    <th scope="col"><span className="sr-only">{t('data.history.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.id} data-event={item.id}>
                      <td className="nowrap">{formatDay(item.occurredOn, locale)}</td>
                      <td>
                        <button type="button" className="link history-number" onClick={() => go({ name: 'detail', id: item.numberId })}>
                          {item.label && `${item.label} · `}
                          <span className="nowrap">{item.formatted}</span>
                        </button>
                      </td>
                      <td className="nowrap">{kindName(item)}</td>
                      <td className="num">{item.amount ? formatMoney(item.amount, locale) : ''}</td>
                      <td className="muted">{eventFacts(item, t, locale)}</td>
                      <td>
                        <span className="row-actions">
                          <button type="button" className="secondary small" onClick={() => setEditing(item)}>
                            <Pencil aria-hidden="true" size={14} />
                            {t('data.history.edit')}
                          </button>
                          <button type="button" className="danger-quiet small" onClick={() => setDeleting(item)}>
                            <Trash2 aria-hidden="true" size={14} />
                            {t('data.history.delete')}
                          </button>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page.total > PAGE && (
            <div className="pager">
              <button type="button" className="secondary small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('data.history.previous')}
              </button>
              <span>{t('data.history.page', { from: offset + 1, to: Math.min(offset + PAGE, page.total), total: page.total })}</span>
              <button type="button" className="secondary small" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
                {t('data.history.next')}
              </button>
            </div>
          )}
        </section>
      )}
      {editing && (
        <EditEventDialog
          event={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      {deleting && (
        <DeleteEventDialog
          event={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            void load();
          }}
        />
      )}
    </div>
  );
}
