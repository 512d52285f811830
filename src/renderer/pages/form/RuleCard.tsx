import { Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { controlId, errorId, type FieldErrors } from '../../forms/errors.ts';
import type { RuleDraft } from './draft.ts';
import { ValidityRuleFields } from './ValidityRuleFields.tsx';
import { WindowRuleFields } from './WindowRuleFields.tsx';

interface RuleCardProps {
  rule: RuleDraft;
  index: number;
  errors: FieldErrors;
  onChange: (rule: RuleDraft) => void;
  onRemove: () => void;
}

export function RuleCard({ rule, index, errors, onChange, onRemove }: RuleCardProps) {
  const { t } = useTranslation();
  const path = `rules.${index}`;
  const n = index + 1;
  const messages = errors.at(path);
  return (
    <fieldset
      className={messages.length ? 'card rule-card field-invalid' : 'card rule-card'}
      id={controlId(path)}
      tabIndex={-1}
      aria-describedby={messages.length ? errorId(path) : undefined}
    >
      <legend className="card-legend">{t('rules.title', { n, kind: t(`rules.kinds.${rule.kind}`) })}</legend>
      <button type="button" className="icon-button card-remove" aria-label={t('rules.remove', { n })} title={t('rules.remove', { n })} onClick={onRemove}>
        <Trash aria-hidden="true" size={16} />
      </button>
      <FieldErrorText id={errorId(path)} messages={messages} />
      {(rule.kind === 'activity' || rule.kind === 'topup') && <WindowRuleFields rule={rule} path={path} onChange={onChange} errors={errors} />}
      {rule.kind === 'validity' && <ValidityRuleFields rule={rule} path={path} onChange={onChange} errors={errors} />}
      {rule.kind === 'fee' && <p className="hint">{t('rules.feeHelp')}</p>}
    </fieldset>
  );
}
