import { formatDay, relativeDays } from '../format/dates.ts';
import { useLocale } from '../i18n/setup.ts';

/** "Dec 1, 2026 · in 6 days": the day in the carrier's calendar, and how far off it is as the server counts. */
export function DeadlineText({ on, daysLeft }: { on: string; daysLeft: number | null }) {
  const locale = useLocale();
  return (
    <span className="deadline-text">
      <time dateTime={on}>{formatDay(on, locale)}</time>
      {daysLeft !== null && <span className="relative">{relativeDays(daysLeft, locale)}</span>}
    </span>
  );
}
