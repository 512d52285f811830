import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '#shared/carriers.ts';
import { call } from '../../api/client.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { Field } from '../../forms/Field.tsx';
import { issuesOf, resolveErrors, type Issue } from '../../forms/errors.ts';
import { countryOptions } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { PhasesEditor } from '../form/PhasesEditor.tsx';
import { RulesEditor } from '../form/RulesEditor.tsx';
import type { NumberDraft } from '../form/draft.ts';
import { carrierDraftFromView, carrierFieldKeys, carrierFields, changedFields, emptyCarrierDraft, withoutPrefix, type CarrierDraft } from './carrierDraft.ts';

interface CarrierEditorProps {
  /** The carrier to change, or null to add one. */
  carrier: CarrierView | null;
  onSaved: (saved: CarrierView) => void;
  onCancel: () => void;
}

type TextKey = 'name' | 'timeZone' | 'renewalUrl' | 'homepage';

/** Adds the user's own carrier or changes one; the core checks every field and its errors show beside it. */
export function CarrierEditor({ carrier, onSaved, onCancel }: CarrierEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const original = useMemo(() => (carrier ? carrierDraftFromView(carrier) : emptyCarrierDraft()), [carrier]);
  const [draft, setDraft] = useState<CarrierDraft>(original);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => resolveErrors(issues, carrierFieldKeys(draft), locale), [issues, draft, locale]);
  const change = (patch: Partial<CarrierDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changePlan = (patch: Partial<NumberDraft>) => setDraft((current) => ({ ...current, plan: { ...current.plan, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { fields, issues: found } = carrierFields(draft);
    setSaveError(null);
    if (found.length) {
      setIssues(found);
      return;
    }
    // A catalog carrier keeps only what the user changed, so catalog updates still reach the rest.
    const sent = carrier?.origin === 'catalog' ? changedFields(original, draft) : fields;
    if (carrier && Object.keys(sent).length === 0) {
      onSaved(carrier);
      return;
    }
    setSaving(true);
    const answer = await call('carriers.save', carrier ? { id: carrier.id, fields: sent } : { fields: sent });
    setSaving(false);
    if (answer.ok) {
      setIssues([]);
      onSaved(answer.value);
      return;
    }
    const fieldIssues = issuesOf(answer.error);
    if (fieldIssues) setIssues(withoutPrefix(fieldIssues));
    else setSaveError(answer.error.message);
  };

  const text = (key: TextKey, label: string, options: { hint?: string; type?: 'text' | 'url'; list?: string } = {}) => (
    <Field fieldKey={key} label={label} hint={options.hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          list={options.list}
          spellCheck={false}
          value={draft[key]}
          onChange={(event) => change({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  const title = carrier ? t('carriers.page.editTitle', { name: carrier.name }) : t('carriers.page.addTitle');
  return (
    <section className="card carrier-editor" aria-labelledby="carrier-editor-title">
      <h2 id="carrier-editor-title">{title}</h2>
      {carrier?.origin === 'catalog' && <p className="banner">{t('carriers.page.catalogEditNote')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} extra={saveError} />
        <div className="grid-2">
          {text('name', t('carriers.page.name'))}
          <Field fieldKey="country" label={t('carriers.page.country')} errors={errors}>
            {(control) => (
              <select {...control} value={draft.country} onChange={(event) => change({ country: event.target.value })}>
                <option value="">{t('carriers.page.noCountry')}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name} ({country.code})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('timeZone', t('carriers.page.timeZone'), { list: 'time-zones' })}
          {text('renewalUrl', t('carriers.page.renewalUrl'), { hint: t('carriers.page.renewalHint'), type: 'url' })}
          {text('homepage', t('carriers.page.homepageLabel'), { type: 'url' })}
        </div>
        <Field fieldKey="notes" label={t('carriers.page.notes')} errors={errors}>
          {(control) => <textarea {...control} rows={3} value={draft.notes} onChange={(event) => change({ notes: event.target.value })} />}
        </Field>
        <RulesEditor draft={draft.plan} change={changePlan} errors={errors} />
        <PhasesEditor draft={draft.plan} change={changePlan} errors={errors} />
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('carriers.page.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('carriers.page.saving') : t('carriers.page.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
