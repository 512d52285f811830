import type { SpendLine } from '#shared/history-contract.ts';
import { formatMoney, minorToText } from '#shared/money.ts';
import type { Locale } from '#shared/locale.ts';
import { formatPeriodKey, monthAxisLabel } from '../../format/dates.ts';
import { numberFormat } from '../../format/intl-cache.ts';

interface MonthBarsProps {
  title: string;
  lines: SpendLine[];
  locale: Locale;
  forecast?: boolean;
}

const WIDTH = 640;
const HEIGHT = 232;
/** Below the axis: the month's name, and under it the year where one begins. */
const PAD = { top: 18, right: 8, bottom: 40, left: 8 };
/**
 * About how wide a character of an 11px label is, in the chart's units (one per pixel at 640 wide): digits
 * are about 7, and at 6.5 "US$15.00" over 11 bars ran into its neighbours.
 */
const CHAR_WIDTH = 7;

/**
 * The amounts written above the bars, if they fit their slots: in full ("KWD 33,930.000"), else compact
 * ("KWD 33.9K", "MYR 30"), else none (the table beside has every amount). Either way in the currency's
 * format, as the table and totals write it.
 */
function valueLabels(lines: SpendLine[], locale: Locale, slot: number): string[] | null {
  if (lines.length > 16) return null;
  const fits = (labels: string[]) => Math.max(...labels.map((label) => label.length)) * CHAR_WIDTH <= slot - 4;
  const full = lines.map((line) => formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale));
  if (fits(full)) return full;
  const short = lines.map((line) =>
    numberFormat(locale, { style: 'currency', currency: line.currency, notation: 'compact', maximumFractionDigits: 1 }).format(
      minorToText(line.amountMinor, line.currency) as `${number}`,
    ),
  );
  return fits(short) ? short : null;
}

/** Past this many months (or years) between the first and the last, the gaps are left out: bars would be hairlines. */
const MAX_SLOTS = 1200;

/** The month (YYYY-MM) or year (YYYY) after `key`. */
function nextPeriod(key: string): string {
  if (key.length === 4) return String(Number(key) + 1).padStart(4, '0');
  const [year, month] = [Number(key.slice(0, 4)), Number(key.slice(5, 7))];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${key.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Every month (or year) from the first line's to the last's, those with no spending as zero: bars then sit on
 * a true time axis, where leaving them out drew March right after January. Lines come oldest first.
 */
function onTimeAxis(lines: SpendLine[]): SpendLine[] {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return lines;
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const slots: SpendLine[] = [];
  for (let key = first.key; key <= last.key; key = nextPeriod(key)) {
    if (slots.length === MAX_SLOTS) return lines;
    slots.push(byKey.get(key) ?? { key, name: key, currency: first.currency, amountMinor: 0, count: 0 });
  }
  return slots;
}

interface AxisLabel {
  /** The month's short name ("Sep", "9月"), or the year of a year's bar. */
  name: string;
  /** The year under a month's name, where one begins: at the first label and at each in a new year. */
  year: string | null;
}

/** The labels under the bars, at most about 12 of them once there are more than 16 bars. */
function axisLabels(lines: SpendLine[], locale: Locale): (AxisLabel | null)[] {
  const every = lines.length <= 16 ? 1 : Math.ceil(lines.length / 12);
  let lastYear = '';
  return lines.map((line, index) => {
    if (index % every !== 0) return null;
    if (line.key.length === 4) return { name: formatPeriodKey(line.key, locale), year: null };
    const { month, year } = monthAxisLabel(line.key, locale);
    const newYear = year !== lastYear;
    lastYear = year;
    return { name: month, year: newYear ? year : null };
  });
}

/** A bar per month for one currency, drawn by React as SVG; the exact amounts are in the table beside it. */
export function MonthBars({ title, lines: spent, locale, forecast }: MonthBarsProps) {
  const lines = onTimeAxis(spent);
  if (lines.length === 0) return null;
  const max = Math.max(...lines.map((line) => line.amountMinor), 1);
  const slot = (WIDTH - PAD.left - PAD.right) / lines.length;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const values = valueLabels(lines, locale, slot);
  const axis = axisLabels(lines, locale);
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line className="chart-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        {lines.map((line, index) => {
          const empty = line.amountMinor === 0;
          const height = empty ? 0 : Math.max(1, (line.amountMinor / max) * plotHeight);
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - PAD.bottom - height;
          const text = formatMoney({ amountMinor: line.amountMinor, currency: line.currency }, locale);
          const period = formatPeriodKey(line.key, locale);
          return (
            <g key={line.key} data-month={line.key}>
              {!empty && (
                <rect className={forecast ? 'chart-bar chart-bar-forecast' : 'chart-bar'} x={x} y={y} width={barWidth} height={height} rx={2}>
                  <title>{`${period}: ${text}`}</title>
                </rect>
              )}
              {values && !empty && (
                <text className="chart-value" x={x + barWidth / 2} y={y - 4} textAnchor="middle">
                  {values[index]}
                </text>
              )}
              {axis[index] && (
                <text className="chart-label" x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 15} textAnchor="middle">
                  {axis[index].name}
                </text>
              )}
              {axis[index]?.year && (
                <text className="chart-year" x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 28} textAnchor="middle">
                  {axis[index].year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
