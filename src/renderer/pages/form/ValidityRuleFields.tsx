import { useTranslation } from 'react-i18next';
import { EXTENSION_MODES, type ExtensionMode } from '#shared/rules.ts';
import { Field } from '../../forms/Field.tsx';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import { controlId, errorId, type FieldErrors } from '../../forms/errors.ts';
import { newTier, type RuleDraft } from './draft.ts';
import { TierRow } from './TierRow.tsx';

type ValidityRule = Extract<RuleDraft, { kind: 'validity' }>;

interface Props {
  rule: ValidityRule;
  path: string;
  onChange: (rule: RuleDraft) => void;
  errors: FieldErrors;
}

/** Top-ups extend the expiry: by a fixed period or by a table of amount tiers. */
export function ValidityRuleFields({ rule, path, onChange, errors }: Props) {
  const { t } = useTranslation();
  const extensionKey = `${path}.extension`;
  const extensionErrors = errors.at(extensionKey);
  const tiersPath = `${path}.extension.tiers`;
  return (
    <div className="stack">
      <fieldset className="field" id={controlId(extensionKey)} tabIndex={-1} aria-describedby={extensionErrors.length ? errorId(extensionKey) : undefined}>
        <legend>{t('rules.extension')}</legend>
        <div className="checkbox-row">
          {(['fixed', 'table'] as const).map((type) => (
            <label key={type} className="check">
              <input
                type="radio"
                name={`${path}-extension`}
                checked={rule.extensionType === type}
                onChange={() => onChange({ ...rule, extensionType: type })}
              />
              <span>{type === 'fixed' ? t('rules.extensionFixed') : t('rules.extensionTable')}</span>
            </label>
          ))}
        </div>
        <FieldErrorText id={errorId(extensionKey)} messages={extensionErrors} />
      </fieldset>
      {rule.extensionType === 'fixed' ? (
        <PeriodInput fieldKey={`${path}.extension.by`} label={t('rules.extendBy')} value={rule.by} onChange={(by) => onChange({ ...rule, by })} errors={errors} />
      ) : (
        <div className="tiers">
          {rule.tiers.map((tier, index) => (
            <TierRow
              key={tier.uid}
              tier={tier}
              index={index}
              path={`${tiersPath}.${index}`}
              errors={errors}
              canRemove={rule.tiers.length > 1}
              onChange={(next) => onChange({ ...rule, tiers: rule.tiers.map((item) => (item.uid === tier.uid ? next : item)) })}
              onRemove={() => onChange({ ...rule, tiers: rule.tiers.filter((item) => item.uid !== tier.uid) })}
            />
          ))}
          <button type="button" className="secondary small" onClick={() => onChange({ ...rule, tiers: [...rule.tiers, newTier()] })}>
            {t('rules.addTier')}
          </button>
        </div>
      )}
      <div className="grid-2">
        <Field fieldKey={`${path}.mode`} label={t('rules.mode')} errors={errors}>
          {(control) => (
            <select {...control} value={rule.mode} onChange={(event) => onChange({ ...rule, mode: event.target.value as ExtensionMode })}>
              {EXTENSION_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`rules.modes.${mode}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PeriodInput fieldKey={`${path}.cap`} label={`${t('rules.cap')} (${t('form.optional')})`} value={rule.cap} onChange={(cap) => onChange({ ...rule, cap })} errors={errors} />
      </div>
    </div>
  );
}
