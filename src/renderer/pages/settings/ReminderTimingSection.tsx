import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences.ts';
import { Field } from '../../forms/Field.tsx';
import { SettingsFormCard } from './SettingsCard.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface Draft {
  leadTimes: string;
  scanInterval: string;
}

const KEYS = ['leadTimesDays', 'scanIntervalMinutes'] as const;

/** "30, 7, 1, 0" as the list of whole days the core stores; anything else is shown as a problem. */
export function parseLeadTimes(text: string): number[] | null {
  const parts = text.split(/[,，\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const days = parts.map(Number);
  if (days.some((day) => day > 365) || new Set(days).size !== days.length) return null;
  return days.sort((a, b) => b - a);
}

export function ReminderTimingSection() {
  const settings = usePreferences();
  return settings ? <ReminderTimingForm leadTimes={settings.leadTimesDays} scanInterval={settings.scanIntervalMinutes} /> : null;
}

function ReminderTimingForm({ leadTimes, scanInterval }: { leadTimes: number[]; scanInterval: number }) {
  const { t } = useTranslation();
  const form = useSettingsForm<Draft>({ leadTimes: leadTimes.join(', '), scanInterval: String(scanInterval) }, KEYS, (draft) => {
    const days = parseLeadTimes(draft.leadTimes);
    if (!days) return { issues: [{ field: 'leadTimesDays', reason: 'bad_format' }] };
    const minutes = Number(draft.scanInterval);
    if (!Number.isInteger(minutes)) return { issues: [{ field: 'scanIntervalMinutes', reason: 'not_integer' }] };
    return { patch: { leadTimesDays: days, scanIntervalMinutes: minutes } };
  });
  return (
    <SettingsFormCard id="settings-reminders" title={t('settingsPage.reminders.title')} saving={form.saving} onSubmit={(event) => void form.submit(event)}>
      <Field fieldKey="leadTimesDays" label={t('settingsPage.reminders.leadTimes')} hint={t('settingsPage.reminders.leadTimesHint')} errors={form.errors}>
        {(control) => <input {...control} type="text" inputMode="numeric" value={form.draft.leadTimes} onChange={(event) => form.change({ leadTimes: event.target.value })} />}
      </Field>
      <Field fieldKey="scanIntervalMinutes" label={t('settingsPage.reminders.scanInterval')} errors={form.errors}>
        {(control) => <input {...control} type="number" min={1} max={1440} value={form.draft.scanInterval} onChange={(event) => form.change({ scanInterval: event.target.value })} />}
      </Field>
    </SettingsFormCard>
  );
}
