import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.ts';
import '../../styles/data.css';
import { ExportCard } from './ExportCard.tsx';
import { ImportCard } from './ImportCard.tsx';

/** Import a spreadsheet or a Keepline export, and export everything. */
export function DataPage() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  return (
    <div className="data-page">
      <div className="page-heading">
        <h1>{t('data.title')}</h1>
      </div>
      <ImportCard onImported={() => go({ name: 'list' })} />
      <ExportCard />
    </div>
  );
}
