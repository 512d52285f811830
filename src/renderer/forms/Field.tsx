import type { ReactNode } from 'react';
import { FieldErrorText } from './FieldErrorText.tsx';
import { controlId, errorId, type FieldErrors } from './errors.ts';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  /** The API path the input is for: how a check of the inputs themselves names the field (see unreadableDates). */
  'data-field': string;
}

interface FieldProps {
  fieldKey: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled input with its hint and its errors, wired for screen readers. */
export function Field({ fieldKey, label, errors, hint, className, children }: FieldProps) {
  const id = controlId(fieldKey);
  const messages = errors.at(fieldKey);
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [messages.length ? errorId(fieldKey) : null, hintId].filter(Boolean).join(' ');
  return (
    <div className={['field', className, messages.length ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': describedBy || undefined, 'data-field': fieldKey })}
      <FieldErrorText id={errorId(fieldKey)} messages={messages} />
      {hint && <p id={hintId ?? undefined} className="hint">{hint}</p>}
    </div>
  );
}
