import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

interface ConfirmDialogProps {
  title: string;
  body: ReactNode;
  confirm: string;
  danger?: boolean;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks once more before something that cannot be taken back; shows the refusal when the core says no. */
export function ConfirmDialog({ title, body, confirm, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    const failure = await onConfirm();
    setBusy(false);
    if (failure) setError(failure);
  };
  return (
    <Dialog title={title} onClose={onClose} className="confirm-dialog">
      <div className="dialog-body">{body}</div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        {/* Under way, it cannot be called back: a restore goes on whether the dialog is open or not. */}
        <button type="button" className="secondary" onClick={onClose} disabled={busy}>
          {t('data.cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={() => void run()}>
          {busy ? t('data.working') : confirm}
        </button>
      </div>
    </Dialog>
  );
}
