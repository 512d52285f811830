import { FileSpreadsheet, Phone, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/**
 * The first run: what Keepline is for in two lines, and what to do next. Spreadsheet import is a later
 * feature: its button is shown but disabled (still focusable, so its "coming soon" note can be read).
 */
export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
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
        <button type="button" className="secondary" aria-disabled="true" aria-describedby="import-soon" title={t('dashboard.firstRun.importSoon')}>
          <FileSpreadsheet aria-hidden="true" size={18} />
          {t('dashboard.firstRun.import')}
        </button>
      </div>
      <p id="import-soon" className="hint">
        {t('dashboard.firstRun.importSoon')}
      </p>
    </section>
  );
}
