import { useTranslation } from 'react-i18next';
import type { DailyOverdue } from '#shared/reminders.ts';
import { formatDay } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';

/** The daily overdue reminders of grace still to come, as one line: each is planned, and can be acted on, on its day. */
export function DailyOverdueItem({ daily }: { daily: DailyOverdue }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="reminder-item reminder-pending reminder-daily">
      <span className="reminder-body">{daily.body}</span>
      <span className="muted reminder-when">
        {t('reminders.dailyOverdue', { count: daily.count, first: formatDay(daily.firstOn, locale), last: formatDay(daily.lastOn, locale) })}
      </span>
    </li>
  );
}
