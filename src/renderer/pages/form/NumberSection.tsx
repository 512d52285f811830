import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMBER_KINDS, type NumberKind } from '#shared/numbers.ts';
import { Field } from '../../forms/Field.tsx';
import { countryOptions } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { CarrierField } from './CarrierField.tsx';
import { PhoneInput } from './PhoneInput.tsx';
import { PhonePreview } from './PhonePreview.tsx';
import type { SectionProps } from './sectionProps.ts';

/** `currencyAssumed`: the plan currency was set from the number's country, and nobody has picked one yet. */
export function NumberSection({ draft, change, errors, currencyAssumed }: SectionProps & { currencyAssumed: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const text = (key: 'label' | 'owner' | 'carrier' | 'accountRef', placeholder?: string) => (
    <Field fieldKey={key} label={t(`form.${key}`)} errors={errors}>
      {(control) => (
        <input {...control} type="text" placeholder={placeholder} value={draft[key]} onChange={(event) => change({ [key]: event.target.value })} />
      )}
    </Field>
  );
  return (
    <section className="form-section" aria-labelledby="section-number">
      <h2 id="section-number">{t('form.sections.number')}</h2>
      <div className="grid-2">
        <Field fieldKey="phone" label={t('form.phone')} hint={t('form.phoneHint')} errors={errors}>
          {(control) => (
            <>
              <PhoneInput control={control} placeholder={t('form.phonePlaceholder')} phone={draft.phone} country={draft.country} onChange={change} />
              <PhonePreview phone={draft.phone} country={draft.country} hidden={control['aria-invalid'] === true} />
            </>
          )}
        </Field>
        <Field fieldKey="country" label={t('form.country')} errors={errors}>
          {(control) => (
            <select {...control} value={draft.country} onChange={(event) => change({ country: event.target.value })}>
              <option value="">{t('form.noCountry')}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name} ({country.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('label', t('form.labelPlaceholder'))}
        <Field fieldKey="kind" label={t('form.kind')} errors={errors}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(event) => change({ kind: event.target.value as NumberKind })}>
              {NUMBER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('owner')}
        <CarrierField draft={draft} change={change} errors={errors} currencyAssumed={currencyAssumed} />
        {text('accountRef')}
      </div>
    </section>
  );
}
