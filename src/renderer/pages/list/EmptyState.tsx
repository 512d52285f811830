import { FileSpreadsheet, Phone, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.ts';

/**
 * The first run: what Keepline is for in two lines, and what to do next: add a number or import a spreadsheet.
 */
export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  return (
    <section className="empty-state" aria-labelledby="first-run-title">
      <Phone aria-hidden="true" size={40} />
      <h2 id="first-run-title">{t('dashboard.firstRun.title')}</h2>
      <p>{t('dashboard.firstRun.line1')}</p>
      <p>{t('dashboard.firstRun.line2')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onAdd}>
          <Plus aria-hidden="true" size={18} />
          {t('dashboard.firstRun.add')}
        </button>
        <button type="button" className="secondary" onClick={() => go({ name: 'data' })}>
          <FileSpreadsheet aria-hidden="true" size={18} />
          {t('dashboard.firstRun.import')}
        </button>
      </div>
    </section>
  );
}
