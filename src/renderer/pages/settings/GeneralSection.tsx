import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/locale.ts';
import type { Settings } from '#shared/settings.ts';
import { updatePreferences, usePreferences } from '../../app/preferences.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { translate, useLocale } from '../../i18n/setup.ts';
import { SettingsCard } from './SettingsCard.tsx';

const THEMES = ['system', 'light', 'dark'] as const;

/** Language and theme apply the moment they change; no restart, no Save. */
export function GeneralSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const settings = usePreferences();
  if (!settings) return null;
  const save = async (patch: Partial<Settings>) => {
    const answer = await updatePreferences(patch);
    // `translate`, not `t`: after a language change the notice must be in the new language.
    if (answer.ok) notify(translate('settingsPage.saved'));
    else notify(errorMessage(answer.error, locale), 'error');
  };
  return (
    <SettingsCard id="settings-general" title={t('settingsPage.general.title')}>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="settings-language">{t('settingsPage.general.language')}</label>
          <select id="settings-language" value={settings.language} onChange={(event) => void save({ language: event.target.value as Settings['language'] })}>
            <option value="system">{t('settingsPage.general.languageSystem')}</option>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`locales.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field theme-choice">
          <legend>{t('settingsPage.general.theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="check">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void save({ theme })} />
              <span>{t(`settingsPage.general.themes.${theme}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </SettingsCard>
  );
}
