import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Resolves to an error to show, or null when done (the caller then closes the dialog). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks before something that cannot be undone; Cancel has the focus. */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const failure = await onConfirm();
    setBusy(false);
    setError(failure);
  };
  return (
    <Dialog title={title} onClose={onClose} className="confirm-dialog">
      <p>{body}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
