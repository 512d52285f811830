import { useTranslation } from 'react-i18next';
import { QUALIFYING_ACTIONS, type QualifyingAction } from '#shared/rules.ts';
import { Field } from '../../forms/Field.tsx';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import { controlId, errorId, type FieldErrors } from '../../forms/errors.ts';
import type { RuleDraft } from './draft.ts';

type WindowRule = Extract<RuleDraft, { kind: 'activity' | 'topup' }>;

interface Props {
  rule: WindowRule;
  path: string;
  onChange: (rule: RuleDraft) => void;
  errors: FieldErrors;
}

function CountsField({ rule, path, onChange, errors }: Props & { rule: Extract<RuleDraft, { kind: 'activity' }> }) {
  const { t } = useTranslation();
  const key = `${path}.counts`;
  const messages = errors.at(key);
  // A renewal is a payment, so the core counts it as a top-up too: while Top-up counts, so does Renewal.
  const renewalImplied = rule.counts.includes('topup');
  const impliedHintId = `${controlId(key)}-renewal-hint`;
  const toggle = (action: QualifyingAction, on: boolean) =>
    onChange({ ...rule, counts: on ? QUALIFYING_ACTIONS.filter((a) => a === action || rule.counts.includes(a)) : rule.counts.filter((a) => a !== action) });
  return (
    <fieldset
      className={messages.length ? 'field field-invalid span-2' : 'field span-2'}
      id={controlId(key)}
      aria-describedby={messages.length ? errorId(key) : undefined}
      tabIndex={-1}
    >
      <legend>{t('rules.counts')}</legend>
      <div className="checkbox-row">
        {QUALIFYING_ACTIONS.map((action) => {
          const implied = action === 'renewal' && renewalImplied;
          return (
            <label key={action} className="check">
              <input
                type="checkbox"
                checked={implied || rule.counts.includes(action)}
                disabled={implied}
                aria-describedby={implied ? impliedHintId : undefined}
                onChange={(event) => toggle(action, event.target.checked)}
              />
              <span>{t(`rules.actions.${action}`)}</span>
            </label>
          );
        })}
      </div>
      {renewalImplied && (
        <p id={impliedHintId} className="hint">
          {t('rules.renewalIsTopup')}
        </p>
      )}
      <FieldErrorText id={errorId(key)} messages={messages} />
    </fieldset>
  );
}

/** An activity or top-up window: something must happen at least every period. */
export function WindowRuleFields(props: Props) {
  const { rule, path, onChange, errors } = props;
  const { t } = useTranslation();
  const date = (field: 'lastOn' | 'overrideOn', label: string, hint?: string) => (
    <Field fieldKey={`${path}.${field}`} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} type="date" value={rule[field]} onChange={(event) => onChange({ ...rule, [field]: event.target.value })} />}
    </Field>
  );
  return (
    <div className="grid-2">
      <PeriodInput fieldKey={`${path}.every`} label={t('rules.every')} value={rule.every} onChange={(every) => onChange({ ...rule, every })} errors={errors} />
      {rule.kind === 'topup' && (
        <Field fieldKey={`${path}.minAmountMinor`} label={t('rules.minAmount')} errors={errors}>
          {(control) => (
            <input {...control} type="text" inputMode="decimal" value={rule.minAmount} onChange={(event) => onChange({ ...rule, minAmount: event.target.value })} />
          )}
        </Field>
      )}
      {rule.kind === 'activity' && <CountsField {...props} rule={rule} />}
      {date('lastOn', rule.kind === 'activity' ? t('rules.lastActivity') : t('rules.lastTopup'))}
      {date('overrideOn', t('rules.override'), t('rules.overrideHint'))}
    </div>
  );
}
