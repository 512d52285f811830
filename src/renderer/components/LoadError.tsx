import { CircleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** A failure to load, with the readable message and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-error" role="alert">
      <CircleExclamationPoint aria-hidden="true" size={20} />
      <div>
        <p className="load-error-title">{t('errors.title')}</p>
        <p>{message}</p>
        {onRetry && (
          <button type="button" className="secondary" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
