import { useTranslation } from 'react-i18next';
import type { NumberView } from '#shared/numbers.ts';
import { serverNow } from '../../app/serverClock.ts';
import { formatInstant, relativeInstant } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';

/** When credit and the number are lost, in the user's own zone; one line when they are the same instant. */
export function LossTimes({ number }: { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { creditLostAt, numberLostAt } = number;
  const items: [string, string][] = [];
  if (creditLostAt && creditLostAt === numberLostAt) items.push([t('detail.bothLostAt'), creditLostAt]);
  else {
    if (creditLostAt) items.push([t('detail.creditLostAt'), creditLostAt]);
    if (numberLostAt) items.push([t('detail.numberLostAt'), numberLostAt]);
  }
  if (items.length === 0) return null;
  return (
    <dl className="loss-times">
      {items.map(([term, instant]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>
            <time dateTime={instant}>{formatInstant(instant, locale)}</time>
            <span className="relative">{relativeInstant(instant, serverNow(), locale)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
