import type { SpendLine } from '#shared/history-contract.ts';
import { digitsOf, formatMoney } from '#shared/money.ts';
import type { Locale } from '#shared/locale.ts';

interface MonthBarsProps {
  title: string;
  lines: SpendLine[];
  locale: Locale;
  forecast?: boolean;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 18, right: 8, bottom: 28, left: 8 };
/** About how wide a character of an 11px label is, in the chart's units (one per pixel at 640 wide). */
const CHAR_WIDTH = 6.5;

/**
 * The amounts written above the bars, if they fit their slots: in full ("KWD 33,930.000"), else compact in
 * the chart's currency ("33.9K"), else none (the table beside has every amount).
 */
function valueLabels(lines: SpendLine[], locale: Locale, slot: number): string[] | null {
  if (lines.length > 16) return null;
  const fits = (labels: string[]) => Math.max(...labels.map((label) => label.length)) * CHAR_WIDTH <= slot - 4;
  const full = lines.map((line) => formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale));
  if (fits(full)) return full;
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const short = lines.map((line) => compact.format(line.amountMinor / 10 ** digitsOf(line.currency)));
  return fits(short) ? short : null;
}

/** A bar per month for one currency, drawn by React as SVG; the exact amounts are in the table beside it. */
export function MonthBars({ title, lines, locale, forecast }: MonthBarsProps) {
  if (lines.length === 0) return null;
  const max = Math.max(...lines.map((line) => line.amountMinor), 1);
  const slot = (WIDTH - PAD.left - PAD.right) / lines.length;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const values = valueLabels(lines, locale, slot);
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line className="chart-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        {lines.map((line, index) => {
          const height = Math.max(1, (line.amountMinor / max) * plotHeight);
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - PAD.bottom - height;
          const text = formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale);
          return (
            <g key={line.key}>
              <rect className={forecast ? 'chart-bar chart-bar-forecast' : 'chart-bar'} x={x} y={y} width={barWidth} height={height} rx={2}>
                <title>{`${line.name}: ${text}`}</title>
              </rect>
              {values && (
                <text className="chart-value" x={x + barWidth / 2} y={y - 4} textAnchor="middle">
                  {values[index]}
                </text>
              )}
              {(lines.length <= 16 || index % Math.ceil(lines.length / 12) === 0) && (
                <text className="chart-label" x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                  {line.key}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
