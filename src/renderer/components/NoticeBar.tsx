import { CircleCheck, CircleExclamationPoint, X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../app/notices.ts';

/** How long a notice stays: one with an Undo stays longer, so there is time to reach for it. */
const SHOWN_MS = 6000;
const SHOWN_WITH_ACTION_MS = 12_000;

/**
 * The line for confirmations and errors. The status region stays in the DOM, so a confirmation is announced
 * politely when it changes; an error comes as an alert, announced at once as it appears (an empty alert kept
 * in the page would be one more alert on every page). An error looks like one: its icon, the danger colour.
 * A confirmation may carry an action (Undo): pressing it closes the notice and runs it.
 */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, notice.action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  const shown = (tone: Notice['tone']) =>
    notice?.tone === tone && (
      <div className={tone === 'error' ? 'notice notice-error' : 'notice'}>
        {tone === 'error' ? <CircleExclamationPoint aria-hidden="true" size={18} /> : <CircleCheck aria-hidden="true" size={18} />}
        <span>{notice.text}</span>
        {notice.action && (
          <button
            type="button"
            className="secondary small notice-action"
            onClick={() => {
              const { run } = notice.action!;
              onDismiss();
              void run();
            }}
          >
            {notice.action.label}
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} title={t('app.dismiss')} onClick={onDismiss}>
          <X aria-hidden="true" size={16} />
        </button>
      </div>
    );
  return (
    <div className="notice-area">
      <div role="status" aria-live="polite">{shown('success')}</div>
      {notice?.tone === 'error' && <div role="alert">{shown('error')}</div>}
    </div>
  );
}
