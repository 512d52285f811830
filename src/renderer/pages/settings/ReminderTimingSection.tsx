import { useTranslation } from 'react-i18next';
import { LEAD_TIME_LIMITS, type Settings } from '#shared/settings.ts';
import { usePreferences } from '../../app/preferences.ts';
import { Field } from '../../forms/Field.tsx';
import type { Issue } from '../../forms/errors.ts';
import { SettingsFormCard } from './SettingsCard.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface Draft {
  leadTimes: string;
  scanInterval: string;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
}

const KEYS = ['leadTimesDays', 'scanIntervalMinutes', 'quietHours', 'quietHours.start', 'quietHours.end'] as const;

/** What the time inputs offer when quiet hours are turned on for the first time. */
const SUGGESTED_QUIET_HOURS = { start: '22:00', end: '07:00' };

/**
 * "30, 7, 1, 0" as the list of whole days the core stores, largest first; or what is wrong with it, said
 * with the reasons the core gives (a value too large, listed twice...), so the message names the problem.
 */
export function parseLeadTimes(text: string): { days: number[] } | { issue: Issue } {
  const field = 'leadTimesDays';
  const parts = text.split(/[,，\s]+/).filter(Boolean);
  if (parts.length === 0) return { issue: { field, reason: 'required' } };
  if (parts.some((part) => !/^[+-]?\d+(\.\d+)?$/.test(part))) return { issue: { field, reason: 'bad_format' } };
  const days = parts.map(Number);
  if (days.length > LEAD_TIME_LIMITS.maxCount) return { issue: { field, reason: 'too_many', detail: { max: LEAD_TIME_LIMITS.maxCount } } };
  if (days.some((day) => !Number.isInteger(day))) return { issue: { field, reason: 'not_integer' } };
  if (days.some((day) => day < 0)) return { issue: { field, reason: 'too_small', detail: { min: 0 } } };
  if (days.some((day) => day > LEAD_TIME_LIMITS.maxDays)) return { issue: { field, reason: 'too_big', detail: { max: LEAD_TIME_LIMITS.maxDays } } };
  if (new Set(days).size !== days.length) return { issue: { field, reason: 'duplicate_value' } };
  return { days: days.sort((a, b) => b - a) };
}

export function ReminderTimingSection() {
  const settings = usePreferences();
  return settings ? <ReminderTimingForm leadTimes={settings.leadTimesDays} scanInterval={settings.scanIntervalMinutes} quietHours={settings.quietHours} /> : null;
}

function ReminderTimingForm({ leadTimes, scanInterval, quietHours }: { leadTimes: number[]; scanInterval: number; quietHours: Settings['quietHours'] }) {
  const { t } = useTranslation();
  const initial: Draft = {
    leadTimes: leadTimes.join(', '),
    scanInterval: String(scanInterval),
    quietOn: quietHours !== null,
    quietStart: (quietHours ?? SUGGESTED_QUIET_HOURS).start,
    quietEnd: (quietHours ?? SUGGESTED_QUIET_HOURS).end,
  };
  const form = useSettingsForm<Draft>(initial, KEYS, (draft) => {
    const issues: Issue[] = [];
    const leadTimes = parseLeadTimes(draft.leadTimes);
    if ('issue' in leadTimes) issues.push(leadTimes.issue);
    const minutes = Number(draft.scanInterval);
    if (!Number.isInteger(minutes)) issues.push({ field: 'scanIntervalMinutes', reason: 'not_integer' });
    // A time input half filled in reads as empty.
    if (draft.quietOn && draft.quietStart === '') issues.push({ field: 'quietHours.start', reason: 'required' });
    if (draft.quietOn && draft.quietEnd === '') issues.push({ field: 'quietHours.end', reason: 'required' });
    if (issues.length > 0 || 'issue' in leadTimes) return { issues };
    const quiet = draft.quietOn ? { start: draft.quietStart, end: draft.quietEnd } : null;
    return { patch: { leadTimesDays: leadTimes.days, scanIntervalMinutes: minutes, quietHours: quiet } };
  });
  return (
    <SettingsFormCard id="settings-reminders" title={t('settingsPage.reminders.title')} saving={form.saving} onSubmit={(event) => void form.submit(event)}>
      <Field fieldKey="leadTimesDays" label={t('settingsPage.reminders.leadTimes')} hint={t('settingsPage.reminders.leadTimesHint')} errors={form.errors}>
        {(control) => <input {...control} type="text" inputMode="numeric" value={form.draft.leadTimes} onChange={(event) => form.change({ leadTimes: event.target.value })} />}
      </Field>
      <Field fieldKey="scanIntervalMinutes" label={t('settingsPage.reminders.scanInterval')} errors={form.errors}>
        {(control) => <input {...control} type="number" min={1} max={1440} value={form.draft.scanInterval} onChange={(event) => form.change({ scanInterval: event.target.value })} />}
      </Field>
      <div className="field">
        <label className="check">
          <input type="checkbox" aria-describedby="settings-quiet-hours-hint" checked={form.draft.quietOn} onChange={(event) => form.change({ quietOn: event.target.checked })} />
          <span>{t('settingsPage.reminders.quietHours')}</span>
        </label>
        <p id="settings-quiet-hours-hint" className="hint">{t('settingsPage.reminders.quietHoursHint')}</p>
      </div>
      <div className="grid-2">
        <Field fieldKey="quietHours.start" label={t('settingsPage.reminders.quietStart')} errors={form.errors}>
          {(control) => <input {...control} type="time" disabled={!form.draft.quietOn} value={form.draft.quietStart} onChange={(event) => form.change({ quietStart: event.target.value })} />}
        </Field>
        <Field fieldKey="quietHours.end" label={t('settingsPage.reminders.quietEnd')} errors={form.errors}>
          {(control) => <input {...control} type="time" disabled={!form.draft.quietOn} value={form.draft.quietEnd} onChange={(event) => form.change({ quietEnd: event.target.value })} />}
        </Field>
      </div>
    </SettingsFormCard>
  );
}
