import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/setup.ts';
import { countryName } from '../../format/regions.ts';
import { readPhone } from './readPhone.ts';

/** How the number being typed reads, as a guide only: the server decides whether it is valid. */
export function PhonePreview({ phone, country, hidden }: { phone: string; country: string; hidden: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const parsed = hidden ? null : readPhone(phone, country);
  if (!parsed) return null;
  const where = parsed.country ? ` · ${countryName(parsed.country, locale)}` : '';
  return (
    <p className="hint phone-preview" aria-live="polite">
      {t('form.phoneReads', { number: parsed.formatInternational() + where })}
    </p>
  );
}
