import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '#shared/settings.ts';
import { updatePreferences } from '../../app/preferences.ts';
import { useNotify } from '../../app/notices.ts';
import { issuesOf, resolveErrors, NO_ERRORS, type FieldErrors, type Issue } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

/**
 * A section's draft, saved with its own Save button. `toPatch` checks the draft first and returns the
 * issues to show beside its fields; the core checks again, and its refusals land beside the same fields.
 */
export function useSettingsForm<D>(initial: D, keys: readonly string[], toPatch: (draft: D) => { patch: Partial<Settings> } | { issues: Issue[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saving, setSaving] = useState(false);
  const errors: FieldErrors = issues.length ? resolveErrors(issues, keys, locale) : NO_ERRORS;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = toPatch(draft);
    if ('issues' in checked) {
      setIssues(checked.issues);
      return;
    }
    setSaving(true);
    const answer = await updatePreferences(checked.patch);
    setSaving(false);
    if (answer.ok) {
      setIssues([]);
      notify(t('settingsPage.saved'));
    } else {
      setIssues(issuesOf(answer.error) ?? [{ field: '', reason: 'invalid' }]);
    }
  };
  const change = (patch: Partial<D>) => setDraft((current) => ({ ...current, ...patch }));
  return { draft, change, errors, saving, submit };
}
