import { useTranslation } from 'react-i18next';

/**
 * How many rows name a carrier Keepline knows, and the choice (on unless turned off) to give their numbers
 * that carrier's rules, lapse phases and time zone where the file gives none.
 */
export function CarrierRulesOption({ count, checked, disabled, onChange }: { count: number; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="banner import-carrier-rules">
      <p aria-live="polite">{checked ? t('data.import.carrierRulesCount', { count }) : t('data.import.carrierRulesOffCount', { count })}</p>
      <label className="check">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        {t('data.import.carrierRules')}
      </label>
      <p className="hint">{t('data.import.carrierRulesHint')}</p>
    </div>
  );
}
