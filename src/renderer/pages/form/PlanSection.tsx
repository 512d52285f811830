import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { Field } from '../../forms/Field.tsx';
import { MoneyFields } from '../../forms/MoneyFields.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import { countryName } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { needsPlanBillingPeriod } from './draft.ts';
import type { AssumedCurrency, AssumedZone } from './readPhone.ts';
import type { SectionProps } from './sectionProps.ts';

interface Assumed {
  /** The zone was set from the number's country, and the user has not picked one yet; the currency likewise. */
  assumedZone: AssumedZone | null;
  assumedCurrency: AssumedCurrency | null;
}

export function PlanSection({ draft, change, errors, assumedZone, assumedCurrency }: SectionProps & Assumed) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoneNote = assumedZone
    ? t(assumedZone.severalClocks ? 'form.timeZoneAssumedSeveral' : 'form.assumedFromCountry', { country: countryName(assumedZone.country, locale), zone: assumedZone.zone })
    : null;
  const currencyNote = assumedCurrency ? t('form.assumedFromCountry', { country: countryName(assumedCurrency.country, locale) }) : undefined;
  return (
    <section className="form-section" aria-labelledby="section-plan">
      <h2 id="section-plan">{t('form.sections.plan')}</h2>
      <div className="grid-2">
        <Field fieldKey="planName" label={t('form.planName')} errors={errors}>
          {(control) => <input {...control} type="text" value={draft.planName} onChange={(event) => change({ planName: event.target.value })} />}
        </Field>
        <MoneyFields
          amountKey="planCost.amountMinor"
          currencyKey="planCost.currency"
          amountLabel={t('form.planAmount')}
          currencyLabel={t('form.currency')}
          currencyHint={currencyNote}
          value={draft.planCost}
          onChange={(planCost) => change({ planCost })}
          errors={errors}
        />
        <PeriodInput
          fieldKey="billingPeriod"
          label={t('form.billingPeriod')}
          hint={needsPlanBillingPeriod(draft) ? t('form.billingPeriodForFee') : undefined}
          value={draft.billingPeriod}
          onChange={(billingPeriod) => change({ billingPeriod })}
          errors={errors}
        />
        <Field fieldKey="expiryDate" label={t('form.expiryDate')} hint={t('form.expiryHint')} errors={errors}>
          {(control) => <input {...control} type="date" value={draft.expiryDate} onChange={(event) => change({ expiryDate: event.target.value })} />}
        </Field>
        <Field fieldKey="timeZone" label={t('form.timeZone')} hint={zoneNote ? `${zoneNote} ${t('form.timeZoneHint')}` : t('form.timeZoneHint')} errors={errors}>
          {(control) => (
            <input
              {...control}
              type="text"
              list="time-zones"
              autoComplete="off"
              spellCheck={false}
              value={draft.timeZone}
              onChange={(event) => change({ timeZone: event.target.value })}
            />
          )}
        </Field>
        <CheckboxField fieldKey="autoRenew" label={t('form.autoRenew')} checked={draft.autoRenew} onChange={(autoRenew) => change({ autoRenew })} errors={errors} />
        <Field fieldKey="paymentMethod.label" label={t('form.paymentLabel')} hint={t('form.paymentHint')} errors={errors}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              placeholder={t('form.paymentPlaceholder')}
              value={draft.paymentLabel}
              onChange={(event) => change({ paymentLabel: event.target.value })}
            />
          )}
        </Field>
        <Field fieldKey="paymentMethod.cardExpiry" label={t('form.cardExpiry')} errors={errors}>
          {(control) => <input {...control} type="month" value={draft.cardExpiry} onChange={(event) => change({ cardExpiry: event.target.value })} />}
        </Field>
      </div>
    </section>
  );
}
