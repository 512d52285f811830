import { useTranslation } from 'react-i18next';
import type { SpendLine } from '#shared/history-contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';

/** The exact figures behind a chart: one row per group and currency, never summed across currencies. */
export function SpendTable({ lines, locale, nameOf }: { lines: SpendLine[]; locale: Locale; nameOf?: (line: SpendLine) => string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table spend-table">
      <thead>
        <tr>
          <th scope="col">{t('data.spending.group')}</th>
          <th scope="col">{t('data.spending.currency')}</th>
          <th scope="col" className="num">{t('data.spending.amount')}</th>
          <th scope="col" className="num">{t('data.spending.events')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.key}|${line.currency}`}>
            <td>{nameOf ? nameOf(line) : line.name}</td>
            <td>{line.currency}</td>
            <td className="num">{formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale)}</td>
            <td className="num">{line.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
