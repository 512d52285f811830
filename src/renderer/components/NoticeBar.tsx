import { CircleCheck, X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The status line for confirmations; it stays in the DOM so screen readers announce changes. */
export function NoticeBar({ text, onDismiss }: { text: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!text) return;
    const timer = window.setTimeout(onDismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [text, onDismiss]);
  return (
    <div className="notice-area" role="status" aria-live="polite">
      {text && (
        <div className="notice">
          <CircleCheck aria-hidden="true" size={18} />
          <span>{text}</span>
          <button type="button" className="icon-button" aria-label={t('app.dismiss')} title={t('app.dismiss')} onClick={onDismiss}>
            <X aria-hidden="true" size={16} />
          </button>
        </div>
      )}
    </div>
  );
}
