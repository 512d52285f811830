import { FieldErrorText } from './FieldErrorText.tsx';
import { controlId, errorId, type FieldErrors } from './errors.ts';

interface CheckboxFieldProps {
  fieldKey: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors: FieldErrors;
}

export function CheckboxField({ fieldKey, label, checked, onChange, errors }: CheckboxFieldProps) {
  const messages = errors.at(fieldKey);
  return (
    <div className="field checkbox-field">
      <label>
        <input
          id={controlId(fieldKey)}
          type="checkbox"
          checked={checked}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={messages.length ? errorId(fieldKey) : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      <FieldErrorText id={errorId(fieldKey)} messages={messages} />
    </div>
  );
}
