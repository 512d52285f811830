import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEND_LINES_DEFAULT, type SpendLine } from '#shared/history-contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { PhonesWhole } from '../../components/PhonesWhole.tsx';

/** Lines drawn at first (as many as the core sends at first), and added by each "Show more": an agency's per-number table has thousands. */
export const SPEND_TABLE_ROWS = SPEND_LINES_DEFAULT;
const MORE_ROWS = 200;

/** More lines than the page was sent: asked of the core, which sends the `wanted` largest. */
export interface MoreLines {
  lineCount: number;
  /** Asks for the first `wanted` lines; the table shows the lines it is given. */
  ask: (wanted: number) => void;
  asking: boolean;
}

/**
 * A breakdown as a table, in the order given (largest first for numbers, countries and owners). Thousands of
 * rows would take seconds to draw: the first 50 are drawn, then more on request, from the lines given or,
 * with `more`, asked of the core. Give it a `key` that changes with the breakdown, so a new one starts from
 * the first 50 again.
 */
export function SpendTable({ lines, locale, nameOf, label, more }: { lines: SpendLine[]; locale: Locale; nameOf?: (line: SpendLine) => string; label?: string; more?: MoreLines }) {
  const { t } = useTranslation();
  const [drawnHere, setDrawnHere] = useState(SPEND_TABLE_ROWS);
  const drawn = more ? lines.length : Math.min(drawnHere, lines.length);
  const total = more ? more.lineCount : lines.length;
  const next = Math.min(MORE_ROWS, total - drawn);
  const showMore = () => (more ? more.ask(drawn + next) : setDrawnHere(drawn + next));
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
            <td>
              <PhonesWhole text={nameOf ? nameOf(line) : line.name} />
            </td>
            <td>{line.currency}</td>
            <td className="num">{formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale)}</td>
            <td className="num">{line.count}</td>
          </tr>
        ))}
      </tbody>
      {next > 0 && (
        <tfoot>
          <tr>
            <td colSpan={4}>
              <div className="more-rows">
                <span className="muted">{t('data.spending.linesShown', { shown: drawn, total })}</span>
                <button type="button" className="secondary small" disabled={more?.asking} onClick={showMore}>
                  {more?.asking ? t('data.spending.loadingMore') : t('data.spending.showMore', { count: next })}
                </button>
              </div>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
