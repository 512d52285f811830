import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '../api/jobs.ts';

/** A running job: a bar (indeterminate until the row count is known), "1,234 of 10,000", and Cancel. */
export function JobProgress({ label, progress, onCancel }: { label: string; progress: Progress; onCancel?: () => void }) {
  const { t } = useTranslation();
  const known = progress.total !== null && progress.total > 0;
  return (
    <div className="job-progress" role="status">
      <progress aria-label={label} {...(known ? { value: progress.done, max: progress.total! } : {})} />
      <span>
        {label}
        {known && ` ${t('app.jobProgress', { done: progress.done, total: progress.total! })}`}
      </span>
      {onCancel && (
        <button type="button" className="secondary small" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      )}
    </div>
  );
}
