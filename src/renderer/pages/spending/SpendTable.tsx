import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpendLine } from '#shared/history-contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';

/** Lines drawn at first, and added by each "Show more": an agency's per-number table has thousands. */
export const SPEND_TABLE_ROWS = 50;
const MORE_ROWS = 200;

/**
 * A breakdown as a table, in the order given (largest first for numbers, countries and owners). Thousands of
 * rows would take seconds to draw: the first 50 are drawn, then more on request. Give it a `key` that
 * changes with the breakdown, so a new one starts from the first 50 again.
 */
export function SpendTable({ lines, locale, nameOf, label }: { lines: SpendLine[]; locale: Locale; nameOf?: (line: SpendLine) => string; label?: string }) {
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState(SPEND_TABLE_ROWS);
  const more = Math.min(MORE_ROWS, lines.length - drawn);
  return (
    <table className="data-table spend-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('data.spending.group')}</th>
          <th scope="col">{t('data.spending.currency')}</th>
          <th scope="col" className="num">{t('data.spending.amount')}</th>
          <th scope="col" className="num">{t('data.spending.events')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.slice(0, drawn).map((line) => (
          <tr key={`${line.key}|${line.currency}`}>
            <td>{nameOf ? nameOf(line) : line.name}</td>
            <td>{line.currency}</td>
            <td className="num">{formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale)}</td>
            <td className="num">{line.count}</td>
          </tr>
        ))}
      </tbody>
      {more > 0 && (
        <tfoot>
          <tr>
            <td colSpan={4}>
              <div className="spend-more">
                <span className="muted">{t('data.spending.linesShown', { shown: drawn, total: lines.length })}</span>
                <button type="button" className="secondary small" onClick={() => setDrawn((count) => count + MORE_ROWS)}>
                  {t('data.spending.showMore', { count: more })}
                </button>
              </div>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
