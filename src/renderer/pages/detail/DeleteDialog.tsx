import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

interface DeleteDialogProps {
  number: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Deleting loses the history, so it asks first and offers archiving as the gentler way. */
export function DeleteDialog({ number, onConfirm, onClose }: DeleteDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const failure = await onConfirm();
    setBusy(false);
    setError(failure);
  };
  return (
    <Dialog title={t('confirmDelete.title')} onClose={onClose} className="confirm-dialog">
      <p>{t('confirmDelete.body', { number })}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          {t('confirmDelete.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {t('confirmDelete.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
