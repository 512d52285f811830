import { Download, Pencil, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '#shared/history-contract.ts';
import { formatDay } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from '../data/ConfirmDialog.tsx';
import '../../styles/data.css';
import { EditEventDialog } from './EditEventDialog.tsx';
import { EventFilters, type EventFilterValues } from './EventFilters.tsx';

const PAGE = 50;

/** Every event of every number, newest first, filtered and paged; each one editable and deletable. */
export function HistoryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const { go } = useNavigation();
  const [filters, setFilters] = useState<EventFilterValues>({});
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: HistoryItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<HistoryItem | null>(null);
  const [deleting, setDeleting] = useState<HistoryItem | null>(null);

  const load = useCallback(async () => {
    const { kind, ...rest } = filters;
    const answer = await call('history.list', { ...rest, kinds: kind ? [kind] : [], offset, limit: PAGE });
    if (answer.ok) {
      setPage(answer.value);
      setError(null);
    } else setError(errorMessage(answer.error, locale));
  }, [filters, offset, locale]);
  useEffect(() => {
    void load();
  }, [load]);

  const exportCsv = async () => {
    const answer = await call('export.historyCsv', { numberId: filters.numberId ?? null });
    if (!answer.ok) return setError(errorMessage(answer.error, locale));
    saveFile(answer.value);
  };
  const kindName = (item: HistoryItem) => t(`event.kinds.${item.kind}`);

  return (
    <div className="history-page">
      <div className="page-heading">
        <h1>{t('data.history.title')}</h1>
        <button type="button" className="secondary" onClick={() => void exportCsv()}>
          <Download aria-hidden="true" size={16} />
          {t('data.history.exportCsv')}
        </button>
      </div>
      <section className="card">
        <EventFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setOffset(0);
          }}
        />
      </section>
      {error && <p className="form-error" role="alert">{error}</p>}
      {page && (
        <section className="card" aria-live="polite">
          <p className="muted">{t('data.history.total', { count: page.total })}</p>
          {page.items.length === 0 ? (
            <p className="muted">{t('data.history.empty')}</p>
          ) : (
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
                    <td>{formatDay(item.occurredOn, locale)}</td>
                    <td>
                      <button type="button" className="link number-cell" onClick={() => go({ name: 'detail', id: item.numberId })}>
                        {item.label ? `${item.label} · ${item.e164}` : item.e164}
                      </button>
                    </td>
                    <td>{kindName(item)}</td>
                    <td className="num">{item.amount ? formatMoney(item.amount, locale) : ''}</td>
                    <td className="muted">{[item.method, item.reason, item.note].filter(Boolean).join(' · ')}</td>
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
            notify(t('data.history.edited'));
            void load();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('data.history.deleteTitle', { kind: kindName(deleting) })}
          body={<p>{t('data.history.deleteBody')}</p>}
          confirm={t('data.history.delete')}
          danger
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const answer = await call('events.delete', { id: deleting.id });
            if (!answer.ok) return errorMessage(answer.error, locale);
            setDeleting(null);
            notify(t('data.history.deleted'));
            await load();
            return null;
          }}
        />
      )}
    </div>
  );
}
