import { useTranslation } from 'react-i18next';
import { formatLastMinute, relativeDays } from '../format/dates.ts';
import { useLocale } from '../i18n/setup.ts';

interface DeadlineWhenProps {
  on: string;
  endsAt: string | null;
  daysLeft: number | null;
  timeZone: string;
}

/** "in 6 days" over "by Dec 1, 2026, 14:59" in the user's zone; the carrier's own time on hover. */
export function DeadlineWhen({ on, endsAt, daysLeft, timeZone }: DeadlineWhenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = endsAt ? t('listing.deadlineTitle', { carrierTime: formatLastMinute(endsAt, locale, timeZone), zone: timeZone }) : undefined;
  return (
    <span className="deadline-when" title={title}>
      {daysLeft !== null && <span className="relative">{relativeDays(daysLeft, locale)}</span>}
      <time dateTime={on} className="absolute">
        {endsAt ? t('listing.deadlineBy', { time: formatLastMinute(endsAt, locale) }) : on}
      </time>
    </span>
  );
}
