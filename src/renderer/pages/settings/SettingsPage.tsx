import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences.ts';
import { SETTINGS_SECTIONS } from './sections.ts';

/** Every setting, one section per concern; each section saves itself. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = usePreferences();
  return (
    <div className="settings-page">
      <div className="page-heading">
        <h1>{t('settingsPage.title')}</h1>
      </div>
      {settings === null ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        SETTINGS_SECTIONS.map(({ id, Component }) => (
          <div key={id} id={`settings-${id}`}>
            <Component />
          </div>
        ))
      )}
    </div>
  );
}
