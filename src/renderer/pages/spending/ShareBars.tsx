import type { SpendLine } from '#shared/history-contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';

/** The largest lines' shares (numbers, countries, owners) of one currency's total (`total`, in minor units), as labelled bars. */
export function ShareBars({ title, lines, total, locale, nameOf }: { title: string; lines: SpendLine[]; total: number; locale: Locale; nameOf: (line: SpendLine) => string }) {
  if (total === 0) return null;
  const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // An agency's largest number may hold 0.03% of the total: never shown as "0%".
  const small = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 1 });
  const percent = (share: number) => (share >= 0.01 ? whole : small).format(share);
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      <ul className="share-list">
        {lines.slice(0, 10).map((line) => (
          <li key={line.key} className="share-row">
            <span>{nameOf(line)}</span>
            <span className="num">
              {formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale)} · {percent(line.amountMinor / total)}
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
