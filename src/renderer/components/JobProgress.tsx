import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '../api/jobs.ts';

/**
 * A running job: a bar (indeterminate until the count is known), "1,234 of 10,000" (or "45%" for counts that
 * mean nothing to a user, such as pages), and Cancel.
 */
export function JobProgress({ label, progress, onCancel, percent }: { label: string; progress: Progress; onCancel?: () => void; percent?: boolean }) {
  const { t } = useTranslation();
  const known = progress.total !== null && progress.total > 0;
  const howFar = percent ? t('app.jobPercent', { percent: Math.floor((progress.done / progress.total!) * 100) }) : t('app.jobProgress', { done: progress.done, total: progress.total! });
  return (
    <div className="job-progress" role="status">
      <progress aria-label={label} {...(known ? { value: progress.done, max: progress.total! } : {})} />
      <span>
        {label}
        {known && ` ${howFar}`}
      </span>
      {onCancel && (
        <button type="button" className="secondary small" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      )}
    </div>
  );
}
