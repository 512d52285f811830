import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '#shared/locale.ts';
import { updatePreferences } from '../app/preferences.ts';
import { setLocale, useLocale } from '../i18n/setup.ts';

/** Switches the UI language at once and saves it as the language setting, so the settings page agrees. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const choose = async (next: Locale) => {
    await setLocale(next);
    await updatePreferences({ language: next });
  };
  return (
    <div className="language-switch">
      <Languages aria-hidden="true" size={16} />
      <label htmlFor="language" className="sr-only">
        {t('app.language')}
      </label>
      <select id="language" value={locale} onChange={(event) => void choose(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`locales.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
