import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/Field.tsx';
import type { SectionProps } from './sectionProps.ts';

export function MoreSection({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="form-section" aria-labelledby="section-more">
      <h2 id="section-more">{t('form.sections.more')}</h2>
      <Field fieldKey="tags" label={t('form.tags')} hint={t('form.tagsHint')} errors={errors}>
        {(control) => <input {...control} type="text" value={draft.tags} onChange={(event) => change({ tags: event.target.value })} />}
      </Field>
      <Field fieldKey="notes" label={t('form.notes')} errors={errors}>
        {(control) => <textarea {...control} rows={4} value={draft.notes} onChange={(event) => change({ notes: event.target.value })} />}
      </Field>
    </section>
  );
}
