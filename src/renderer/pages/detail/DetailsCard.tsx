import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import type { NumberView } from '#shared/numbers.ts';
import { formatDay, formatInstant, formatMonth } from '../../format/dates.ts';
import { countryName } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';

/** Every stored field of a number; user text is rendered as text, never as markup. */
export function DetailsCard({ number }: { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('detail.none');
  const payment = number.paymentMethod
    ? [number.paymentMethod.label, number.paymentMethod.cardExpiry ? t('detail.fields.cardExpires', { month: formatMonth(number.paymentMethod.cardExpiry, locale) }) : '']
        .filter(Boolean)
        .join(' · ')
    : none;
  const rows: [string, ReactNode][] = [
    [t('detail.fields.national'), number.national],
    [t('detail.fields.country'), number.country ? `${countryName(number.country, locale)} (${number.country})` : none],
    [t('detail.fields.kind'), t(`kinds.${number.kind}`)],
    [t('detail.fields.label'), number.label || none],
    [t('detail.fields.owner'), number.owner || none],
    [t('detail.fields.carrier'), number.carrier || none],
    [t('detail.fields.accountRef'), number.accountRef || none],
    [t('detail.fields.timeZone'), number.timeZone],
    [t('detail.fields.planName'), number.planName || none],
    [t('detail.fields.planCost'), number.planCost ? formatMoney(number.planCost, locale) : none],
    [t('detail.fields.billingPeriod'), number.billingPeriod ? formatPeriod(number.billingPeriod, locale) : none],
    [t('detail.fields.expiryDate'), number.expiryDate ? formatDay(number.expiryDate, locale) : none],
    [t('detail.fields.autoRenew'), number.autoRenew ? t('detail.yes') : t('detail.no')],
    [t('detail.fields.paymentMethod'), payment],
    [t('detail.fields.tags'), number.tags.length ? number.tags.map((tag) => <span key={tag} className="tag">{tag}</span>) : none],
    [t('detail.fields.created'), formatInstant(number.createdAt, locale)],
    [t('detail.fields.updated'), formatInstant(number.updatedAt, locale)],
  ];
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('detail.details')}</h2>
      <dl className="details-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd data-field={term}>{value}</dd>
          </div>
        ))}
      </dl>
      {number.notes && (
        <div className="notes">
          <h3>{t('detail.fields.notes')}</h3>
          <p className="pre-wrap">{number.notes}</p>
        </div>
      )}
    </section>
  );
}
