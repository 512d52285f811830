import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { controlId, type FieldErrors } from './errors.ts';

/** Every problem above the form, each linked to its input; problems with no input are only here. */
interface ErrorSummaryProps {
  errors: FieldErrors;
  /** A problem about no field, such as a failed save. */
  extra?: string | null;
  ref?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ errors, extra, ref }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const count = errors.all.length + (extra ? 1 : 0);
  if (count === 0) return null;
  const focus = (key: string) => document.getElementById(controlId(key))?.focus();
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary-title">{t('form.summary', { count })}</p>
      <ul>
        {extra && <li>{extra}</li>}
        {errors.all.map((item, index) => (
          <li key={index}>
            {item.key === null ? (
              item.message
            ) : (
              <button type="button" className="link" onClick={() => focus(item.key as string)}>
                {item.message}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
