import { Phone, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The first run: what Keepline is for, and the one thing to do next. */
export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <Phone aria-hidden="true" size={40} />
      <p>{t('list.emptyLine1')}</p>
      <p>{t('list.emptyLine2')}</p>
      <button type="button" className="primary" onClick={onAdd}>
        <Plus aria-hidden="true" size={18} />
        {t('app.addNumber')}
      </button>
    </div>
  );
}
