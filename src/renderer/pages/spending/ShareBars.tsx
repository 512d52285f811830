import type { SpendLine } from '#shared/history-contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';

/** The largest lines' shares (numbers, countries, owners) of one currency's total (`total`, in minor units), as labelled bars. */
export function ShareBars({ title, lines, total, locale, nameOf }: { title: string; lines: SpendLine[]; total: number; locale: Locale; nameOf: (line: SpendLine) => string }) {
  if (total === 0) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      <ul className="share-list">
        {lines.slice(0, 10).map((line) => (
          <li key={line.key} className="share-row">
            <span>{nameOf(line)}</span>
            <span className="num">
              {formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale)} · {percent.format(line.amountMinor / total)}
            </span>
            <span className="share-track" aria-hidden="true">
              <span className="share-fill" style={{ width: `${(line.amountMinor / total) * 100}%`, display: 'block' }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
