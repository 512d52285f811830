import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '#shared/history-contract.ts';
import { formatDay } from '#shared/locale.ts';
import { eventName } from '#shared/messages.ts';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { todayIn } from '../../app/serverClock.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { issuesOf, resolveErrors, unreadableDates, type Issue } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { datesChangeLines } from '../event/datesChange.ts';
import { EventFields } from '../event/EventFields.tsx';
import { PreviewLines } from '../event/PreviewLines.tsx';
import { useEventPreview } from '../event/useEventPreview.ts';
import { eventDraftFromEvent, eventFieldKeys, eventToInput, withEditedKind, type EventDraft } from '../event/eventDraft.ts';

interface EditEventDialogProps {
  event: HistoryItem;
  onClose: () => void;
  /** After the edit is stored, so the caller can reload what it shows. */
  onSaved: () => void;
}

/** `events.update` names the edited event's fields under `event.`; the form's inputs are named without it. */
function asFormIssues(issues: Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, field: issue.field.replace(/^event\./, '') }));
}

/**
 * Edits a past event with the record dialog's fields, each filled with what was stored, its kind included
 * (a top-up that was a renewal). Saving rebuilds the number's dates, and the notice says what they became.
 */
export function EditEventDialog({ event, onClose, onSaved }: EditEventDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The number gives "today" in its zone (no date after it) and its dates before the edit, for the notice.
  const [number, setNumber] = useState<NumberView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('numbers.get', { id: event.numberId }).then((answer) => {
      if (!live) return;
      if (answer.ok) setNumber(answer.value);
      else setLoadError(answer.error.message);
    });
    return () => {
      live = false;
    };
  }, [event.numberId]);

  const title = t('data.history.editTitle', { kind: eventName(event.kind, locale), date: formatDay(event.occurredOn, locale) });
  return (
    <Dialog title={title} onClose={onClose} className="event-dialog">
      {number ? (
        <EditEventForm event={event} number={number} onClose={onClose} onSaved={onSaved} />
      ) : (
        <p className={loadError ? 'form-error' : 'muted'} role={loadError ? 'alert' : undefined}>
          {loadError ?? t('data.working')}
        </p>
      )}
    </Dialog>
  );
}

function EditEventForm({ event, number, onClose, onSaved }: EditEventDialogProps & { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [today] = useState(() => todayIn(number.timeZone));
  const [draft, setDraft] = useState<EventDraft>(() => eventDraftFromEvent(event));
  const [saveIssues, setSaveIssues] = useState<Issue[] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A sentence appears once the user has changed something or tried to save, not on opening.
  const [touched, setTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const { input: fields, issues: draftIssues } = useMemo(() => eventToInput(draft, event.numberId), [draft, event.numberId]);
  // What the form has no input for stays as stored: where the event came from, and a payment method
  // kept on a kind that does not show one (an import or the API may have set it).
  const input = useMemo(() => ({ method: event.method, source: event.source, ...fields }), [event.method, event.source, fields]);
  const preview = useEventPreview(input, draftIssues, (sent) => call('events.updatePreview', { id: event.id, event: sent }));
  const shownIssues = saveIssues ?? (touched ? draftIssues : []);
  const errors = useMemo(() => resolveErrors(shownIssues, eventFieldKeys(draft.kind), locale), [shownIssues, draft.kind, locale]);
  const formMessages = [...errors.all.filter((item) => item.key === null).map((item) => item.message), ...(saveError ? [saveError] : [])];

  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t('detail.none'));

  const change = (patch: Partial<EventDraft>) => {
    setSaveIssues(null);
    setSaveError(null);
    setTouched(true);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const save = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setTouched(true);
    const unreadable = unreadableDates(formRef.current);
    if (unreadable.length > 0) {
      setSaveIssues(unreadable);
      return;
    }
    if (draftIssues.length > 0 || saving) return;
    setSaving(true);
    const answer = await call('events.update', { id: event.id, event: input });
    setSaving(false);
    if (answer.ok) {
      const dates = datesChangeLines(number, answer.value.number, t, locale).join(t('data.history.linesJoin'));
      notify(t('data.history.editedDates', { kind: t(`event.kinds.${draft.kind}`), dates }));
      onSaved();
      return;
    }
    const fieldIssues = issuesOf(answer.error);
    setSaveIssues(fieldIssues ? asFormIssues(fieldIssues) : []);
    setSaveError(fieldIssues ? null : answer.error.message);
  };

  return (
    <form ref={formRef} onSubmit={(submitted) => void save(submitted)} noValidate>
      <p className="dialog-subtitle">{[number.formatted, number.label].filter(Boolean).join(' · ')}</p>
      {formMessages.map((message) => (
        <p key={message} className="form-error" role="alert">
          {message}
        </p>
      ))}
      <EventFields draft={draft} today={today} errors={errors} change={change} changeKind={(kind) => change(withEditedKind(draft, number, kind))} />
      {touched ? (
        <PreviewLines before={number} preview={preview} heading={t('data.history.previewSaved')} />
      ) : (
        <p className="hint">{t('data.history.recomputed', { expiry: day(number.expiryDate), deadline: day(number.deadlineOn) })}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('data.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('data.working') : t('data.history.save')}
        </button>
      </div>
    </form>
  );
}
