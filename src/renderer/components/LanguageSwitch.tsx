import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '#shared/locale.ts';
import { setLocale, useLocale } from '../i18n/setup.ts';

/** Switches the UI language at once; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="language-switch">
      <Languages aria-hidden="true" size={16} />
      <label htmlFor="language" className="sr-only">
        {t('app.language')}
      </label>
      <select id="language" value={locale} onChange={(event) => void setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`locales.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
