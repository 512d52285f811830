import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary, TimelineMark } from '#shared/dashboard.ts';
import { useNavigation } from '../../app/navigation.ts';
import { formatDay, relativeDays } from '../../format/dates.ts';
import { numberFormat } from '../../format/intl-cache.ts';
import { useLocale } from '../../i18n/setup.ts';
import { AXIS_Y, HEIGHT, PAD_X, WIDTH, layoutMarks, tickDays, xForDay } from './timelineLayout.ts';

/** Room above a stack for its upright "+N" (up to four digits). */
const OVERFLOW_LABEL_LENGTH = 40;

/** Due soon is a triangle, a number that is fine a circle: shape says it as well as colour. */
function Shape({ item, x, y }: { item: TimelineMark; x: number; y: number }) {
  if (item.status.state === 'ok') return <circle cx={x} cy={y} r={6} className="mark-shape mark-ok" />;
  return <path d={`M ${x} ${y - 7} L ${x + 7} ${y + 6} L ${x - 7} ${y + 6} Z`} className="mark-shape mark-due_soon" />;
}

function shiftDay(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The next deadlines on a time axis from today; every mark can be reached by keyboard and opens its number. */
interface DeadlineTimelineProps {
  items: TimelineMark[];
  /** Per day, how many more numbers are due than `items` holds: shown as "+N". */
  more: DashboardSummary['upcomingMore'];
  horizon: number;
  today: string;
}

export function DeadlineTimeline({ items, more, horizon, today }: DeadlineTimelineProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go } = useNavigation();
  const [focused, setFocused] = useState<TimelineMark | null>(null);
  const { marks, overflows } = layoutMarks(items, horizon, more);
  // Only as tall as the highest stack of marks needs.
  const top = Math.min(...marks.map((mark) => mark.y - 14), ...overflows.map((overflow) => overflow.y - OVERFLOW_LABEL_LENGTH));
  const describe = (item: TimelineMark) =>
    t('dashboard.timeline.mark', {
      number: item.formatted,
      label: item.label,
      status: t(`status.${item.status.state}`),
      date: formatDay(item.deadlineOn, locale),
      relative: relativeDays(item.status.daysLeft, locale),
    });
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('dashboard.timeline.title', { days: horizon })}</h2>
      <p id="timeline-help" className="muted">{t('dashboard.timeline.description')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('dashboard.timeline.empty', { days: horizon })}</p>
      ) : (
        <svg viewBox={`0 ${top} ${WIDTH} ${HEIGHT - top}`} className="timeline-svg" role="group" aria-labelledby="timeline-title" aria-describedby="timeline-help">
          <line x1={PAD_X} x2={WIDTH - PAD_X} y1={AXIS_Y} y2={AXIS_Y} className="axis" />
          {tickDays(horizon).map((day) => (
            <g key={day} aria-hidden="true">
              <line x1={xForDay(day, horizon)} x2={xForDay(day, horizon)} y1={AXIS_Y} y2={AXIS_Y + 6} className="axis" />
              <text x={xForDay(day, horizon)} y={AXIS_Y + 22} className="tick" textAnchor={day === 0 ? 'start' : 'middle'}>
                {day === 0 ? t('dashboard.timeline.today') : formatDay(shiftDay(today, day), locale)}
              </text>
            </g>
          ))}
          {marks.map(({ item, x, y }) => (
            <g
              key={item.id}
              role="link"
              tabIndex={0}
              aria-label={describe(item)}
              className="mark"
              data-id={item.id}
              onClick={() => go({ name: 'detail', id: item.id })}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  go({ name: 'detail', id: item.id });
                }
              }}
              onMouseEnter={() => setFocused(item)}
              onMouseLeave={() => setFocused(null)}
              onFocus={() => setFocused(item)}
              onBlur={() => setFocused(null)}
            >
              <title>{describe(item)}</title>
              <circle cx={x} cy={y} r={10} className="mark-hit" />
              <Shape item={item} x={x} y={y} />
            </g>
          ))}
          {overflows.map((overflow) => (
            // Upright, so the counts of neighbouring days (about 10 units apart) never run into each other.
            <text
              key={overflow.x}
              x={overflow.x + 4}
              y={overflow.y + 4}
              transform={`rotate(-90 ${overflow.x + 4} ${overflow.y + 4})`}
              className="overflow-count"
              aria-hidden="true"
            >
              +{numberFormat(locale).format(overflow.count)}
            </text>
          ))}
        </svg>
      )}
      <p className="timeline-detail" aria-live="polite">{focused ? describe(focused) : '\u00a0'}</p>
      <ul className="timeline-legend" aria-label={t('dashboard.timeline.legend')}>
        <li>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M 8 1 L 15 14 L 1 14 Z" className="mark-shape mark-due_soon" /></svg>
          {t('status.due_soon')}
        </li>
        <li>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><circle cx="8" cy="8" r="6" className="mark-shape mark-ok" /></svg>
          {t('status.ok')}
        </li>
      </ul>
    </section>
  );
}
