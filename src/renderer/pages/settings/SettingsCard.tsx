import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of one settings section: a titled card. */
export function SettingsCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A settings section that is a form: its fields in two columns, and one Save button. */
export function SettingsFormCard({ id, title, saving, onSubmit, children }: { id: string; title: string; saving: boolean; onSubmit: (event: FormEvent) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <SettingsCard id={id} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <div className="grid-2">{children}</div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('settingsPage.saving') : t('settingsPage.save')}
          </button>
        </div>
      </form>
    </SettingsCard>
  );
}
