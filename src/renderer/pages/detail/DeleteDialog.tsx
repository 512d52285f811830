import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

/** Deleting loses the history, so it asks first and offers archiving as the gentler way. */
export function DeleteDialog({ number, onConfirm, onClose }: { number: string; onConfirm: () => Promise<string | null>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('confirmDelete.title')}
      body={t('confirmDelete.body', { number })}
      confirmLabel={t('confirmDelete.confirm')}
      cancelLabel={t('confirmDelete.cancel')}
      danger
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
