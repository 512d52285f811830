import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetRow } from '#shared/sheet-import.ts';

/** Rows drawn at first and added by each "Show more": a sheet of 10,000 rows drawn at once blocked the page for seconds. */
const FIRST = 200;
const MORE = 500;

/** One row; rows drawn before are not drawn again when more are added (memo: each row object is the preview's own). */
const PreviewRow = memo(function PreviewRow({ row }: { row: SheetRow }) {
  const { t } = useTranslation();
  return (
    <tr className={`preview-${row.action}`} data-line={row.line}>
      <td>{row.line}</td>
      <td>
        <span className={`tag preview-tag-${row.action}`}>{t(`data.import.actions.${row.action}`)}</span>
      </td>
      <td className="number-cell">
        {row.phone}
        {row.label && <span className="muted"> · {row.label}</span>}
      </td>
      <td>
        {row.issues.length > 0 && (
          <ul className="issue-list">
            {row.issues.map((issue) => (
              <li key={issue.field}>{issue.column ? t('data.import.issue', { column: issue.column, message: issue.message }) : issue.message}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
});

/** Each row's result; invalid rows first so they are seen, every problem with its column and reason. */
export function PreviewTable({ rows }: { rows: SheetRow[] }) {
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState(FIRST);
  const ordered = useMemo(() => [...rows.filter((row) => row.action === 'invalid'), ...rows.filter((row) => row.action !== 'invalid')], [rows]);
  const shown = ordered.slice(0, drawn);
  const more = Math.min(MORE, ordered.length - shown.length);
  return (
    <>
      <table className="data-table preview-table">
        <thead>
          <tr>
            <th scope="col">{t('data.import.row')}</th>
            <th scope="col">{t('data.import.result')}</th>
            <th scope="col">{t('data.import.number')}</th>
            <th scope="col">{t('data.import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <PreviewRow key={row.line} row={row} />
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <div className="more-rows">
          <span className="muted">{t('data.import.rowsShown', { shown: shown.length, total: ordered.length })}</span>
          <button type="button" className="secondary small" onClick={() => setDrawn(shown.length + more)}>
            {t('data.import.showMore', { count: more })}
          </button>
        </div>
      )}
    </>
  );
}
