import { Archive, ArchiveArrowUp, ListPlus, Pencil, RefreshCw, Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';

interface DetailActionsProps {
  archived: boolean;
  busy: boolean;
  onRenew: () => void;
  onRecord: () => void;
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
}

export function DetailActions({ archived, busy, onRenew, onRecord, onEdit, onArchive, onDelete }: DetailActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="detail-actions">
      <button type="button" className="primary" onClick={onRenew} disabled={busy}>
        <RefreshCw aria-hidden="true" size={16} />
        {t('detail.recordRenewal')}
      </button>
      <button type="button" className="secondary" onClick={onRecord} disabled={busy}>
        <ListPlus aria-hidden="true" size={16} />
        {t('detail.recordEvent')}
      </button>
      <button type="button" className="secondary" onClick={onEdit} disabled={busy}>
        <Pencil aria-hidden="true" size={16} />
        {t('detail.edit')}
      </button>
      <button type="button" className="secondary" onClick={onArchive} disabled={busy}>
        {archived ? <ArchiveArrowUp aria-hidden="true" size={16} /> : <Archive aria-hidden="true" size={16} />}
        {archived ? t('detail.unarchive') : t('detail.archive')}
      </button>
      <button type="button" className="danger-quiet" onClick={onDelete} disabled={busy}>
        <Trash aria-hidden="true" size={16} />
        {t('detail.delete')}
      </button>
    </div>
  );
}
