import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences.ts';
import { Field } from '../../forms/Field.tsx';
import { SettingsFormCard } from './SettingsCard.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface Draft {
  folder: string;
  keep: string;
}

const KEYS = ['backupFolder', 'backupsToKeep'] as const;

export function BackupSection() {
  const settings = usePreferences();
  return settings ? <BackupForm folder={settings.backupFolder} keep={settings.backupsToKeep} /> : null;
}

function BackupForm({ folder, keep }: { folder: string | null; keep: number }) {
  const { t } = useTranslation();
  const form = useSettingsForm<Draft>({ folder: folder ?? '', keep: String(keep) }, KEYS, (draft) => {
    const count = Number(draft.keep);
    if (!Number.isInteger(count)) return { issues: [{ field: 'backupsToKeep', reason: 'not_integer' }] };
    return { patch: { backupFolder: draft.folder.trim() || null, backupsToKeep: count } };
  });
  return (
    <SettingsFormCard id="settings-backups" title={t('settingsPage.backups.title')} saving={form.saving} onSubmit={(event) => void form.submit(event)}>
      <Field fieldKey="backupFolder" label={t('settingsPage.backups.folder')} hint={t('settingsPage.backups.folderHint')} errors={form.errors}>
        {(control) => <input {...control} type="text" spellCheck={false} value={form.draft.folder} onChange={(event) => form.change({ folder: event.target.value })} />}
      </Field>
      <Field fieldKey="backupsToKeep" label={t('settingsPage.backups.keep')} errors={form.errors}>
        {(control) => <input {...control} type="number" min={1} max={365} value={form.draft.keep} onChange={(event) => form.change({ keep: event.target.value })} />}
      </Field>
    </SettingsFormCard>
  );
}
