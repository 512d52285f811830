import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/setup.ts';
import { countryName } from '../../format/regions.ts';

/** How the number being typed reads, as a guide only: the server decides whether it is valid. */
export function PhonePreview({ phone, country, hidden }: { phone: string; country: string; hidden: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = phone.trim().replace(/^00/, '+');
  if (hidden || text.replace(/\D/g, '').length < 6) return null;
  const parsed = parsePhoneNumberFromString(text, (country || undefined) as CountryCode | undefined);
  if (!parsed?.isValid()) return null;
  const where = parsed.country ? ` · ${countryName(parsed.country, locale)}` : '';
  return (
    <p className="hint phone-preview" aria-live="polite">
      {t('form.phoneReads', { number: parsed.formatInternational() + where })}
    </p>
  );
}
