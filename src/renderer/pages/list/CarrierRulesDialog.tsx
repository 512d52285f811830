import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { CarrierRulesQuestion } from './useBulkActions.ts';

/** Before "Apply carrier rules": how many selected numbers have a carrier Keepline knows, how many change, how many stay. */
export function CarrierRulesDialog({ question, onConfirm, onClose }: { question: CarrierRulesQuestion; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { matched, unmatched, toFill, ids } = question;
  return (
    <ConfirmDialog
      title={t('listing.bulk.carrierRulesTitle')}
      body={
        <>
          <p>{t('listing.bulk.carrierRulesMatched', { count: matched, total: ids.length })}</p>
          <p>{t('listing.bulk.carrierRulesToFill', { count: toFill })}</p>
          {unmatched > 0 && <p>{t('listing.bulk.carrierRulesUnmatched', { count: unmatched })}</p>}
          <p className="muted">{t('listing.bulk.carrierRulesKept')}</p>
        </>
      }
      confirmLabel={t('listing.bulk.carrierRulesConfirm', { count: toFill })}
      onConfirm={() => {
        // The dialog closes at once: the work shows in the list's progress bar, where it can be cancelled.
        onConfirm();
        return Promise.resolve(null);
      }}
      onClose={onClose}
    />
  );
}
