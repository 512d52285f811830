import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

interface ConfirmDialogProps {
  title: string;
  /** A sentence, or paragraphs of its own. */
  body: ReactNode;
  confirmLabel: string;
  /** "Cancel" unless the choice has a better name ("Keep my rules"). */
  cancelLabel?: string;
  /** The red button, for what cannot be taken back. */
  danger?: boolean;
  /** Resolves to an error to show, or null when done (the caller then closes the dialog). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/**
 * Asks once more before something that cannot be taken back, with Cancel focused; shows the refusal when the
 * core says no. While the confirmed action runs, it cannot be called back: Cancel waits too.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    const failure = await onConfirm();
    setBusy(false);
    setError(failure);
  };
  return (
    <Dialog title={title} onClose={onClose} className="confirm-dialog">
      <div className="dialog-body">{typeof body === 'string' ? <p>{body}</p> : body}</div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} disabled={busy} data-autofocus>
          {cancelLabel ?? t('data.cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={() => void run()}>
          {busy ? t('data.working') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
