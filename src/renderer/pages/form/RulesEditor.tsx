import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleKind } from '#shared/rules.ts';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { errorId } from '../../forms/errors.ts';
import { newRule } from './draft.ts';
import { RuleCard } from './RuleCard.tsx';
import type { SectionProps } from './sectionProps.ts';

const RULE_KINDS: RuleKind[] = ['activity', 'topup', 'validity', 'fee'];
const MAX_RULES = 10;

export function RulesEditor({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const [kindToAdd, setKindToAdd] = useState<RuleKind>('activity');
  const rules = draft.rules;
  return (
    <section className="form-section" aria-labelledby="section-rules">
      <h2 id="section-rules">{t('form.sections.rules')}</h2>
      <p className="section-help">{t('rules.help')}</p>
      <FieldErrorText id={errorId('rules')} messages={errors.at('rules')} />
      {rules.length === 0 && <p className="muted">{t('rules.none')}</p>}
      {rules.map((rule, index) => (
        <RuleCard
          key={rule.uid}
          rule={rule}
          index={index}
          errors={errors}
          onChange={(next) => change({ rules: rules.map((item) => (item.uid === rule.uid ? next : item)) })}
          onRemove={() => change({ rules: rules.filter((item) => item.uid !== rule.uid) })}
        />
      ))}
      {rules.length < MAX_RULES && (
        <div className="add-row">
          <label htmlFor="rule-kind-to-add">{t('rules.addKind')}</label>
          <select id="rule-kind-to-add" value={kindToAdd} onChange={(event) => setKindToAdd(event.target.value as RuleKind)}>
            {RULE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`rules.kinds.${kind}`)}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={() => change({ rules: [...rules, newRule(kindToAdd)] })}>
            <Plus aria-hidden="true" size={16} />
            {t('rules.add')}
          </button>
        </div>
      )}
    </section>
  );
}
