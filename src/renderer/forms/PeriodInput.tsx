import { useTranslation } from 'react-i18next';
import { PERIOD_UNITS, type PeriodUnit } from '#shared/primitives.ts';
import { FieldErrorText } from './FieldErrorText.tsx';
import { controlId, errorId, type FieldErrors } from './errors.ts';

export interface PeriodDraft {
  count: string;
  unit: PeriodUnit;
}

interface PeriodInputProps {
  /** The period's path; its inputs are `<path>.count` and `<path>.unit`. */
  fieldKey: string;
  label: string;
  value: PeriodDraft;
  onChange: (value: PeriodDraft) => void;
  errors: FieldErrors;
  hint?: string;
}

/** A count and a unit (days, months, years) under one label. An empty count means "no period". */
export function PeriodInput({ fieldKey, label, value, onChange, errors, hint }: PeriodInputProps) {
  const { t } = useTranslation();
  const countKey = `${fieldKey}.count`;
  const unitKey = `${fieldKey}.unit`;
  const messages = [...errors.at(fieldKey), ...errors.at(countKey), ...errors.at(unitKey)];
  const hintId = hint ? `${controlId(fieldKey)}-hint` : '';
  const describedBy = [messages.length ? errorId(fieldKey) : '', hintId].filter(Boolean).join(' ') || undefined;
  const invalid = (key: string) => (errors.at(key).length || errors.at(fieldKey).length ? true : undefined);
  return (
    <fieldset className={messages.length ? 'field period field-invalid' : 'field period'}>
      <legend>{label}</legend>
      <div className="inline-controls">
        <input
          id={controlId(countKey)}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          className="count-input"
          aria-label={`${label}: ${t('period.count')}`}
          aria-invalid={invalid(countKey)}
          aria-describedby={describedBy}
          value={value.count}
          onChange={(event) => onChange({ ...value, count: event.target.value })}
        />
        <select
          id={controlId(unitKey)}
          aria-label={`${label}: ${t('period.unit')}`}
          aria-invalid={invalid(unitKey)}
          aria-describedby={describedBy}
          value={value.unit}
          onChange={(event) => onChange({ ...value, unit: event.target.value as PeriodUnit })}
        >
          {PERIOD_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      <FieldErrorText id={errorId(fieldKey)} messages={messages} />
      {hint && <p id={hintId} className="hint">{hint}</p>}
    </fieldset>
  );
}
