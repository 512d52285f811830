import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventKind, EventView } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { todayIn } from '../../app/serverClock.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { controlId, issuesOf, resolveErrors, unreadableDates, type Issue } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { EventFields } from './EventFields.tsx';
import { eventDraftFor, eventFieldKeys, eventToInput, withKind, type EventDraft } from './eventDraft.ts';
import { PreviewLines } from './PreviewLines.tsx';
import { ReceiptInput } from './ReceiptInput.tsx';
import { DownloadedReceipts } from './DownloadedReceipts.tsx';
import type { DownloadedReceipt } from '#shared/carriers.ts';
import { attachReceipt, receiptProblem } from '../../api/receipt.ts';
import { RecordWarnings, recordWarnings } from './RecordWarnings.tsx';
import { useEventPreview, type PreviewState } from './useEventPreview.ts';

interface RecordEventDialogProps {
  number: NumberView;
  initialKind: EventKind;
  onClose: () => void;
  onRecorded: (event: EventView) => void;
  /** 'renewal_window' when it follows the carrier's renewal page. */
  source?: 'manual' | 'renewal_window';
  /** What the renewal window's page downloaded that could be the receipt, newest first. */
  downloaded?: DownloadedReceipt[];
}

/** Record a renewal or any other event: previewed by the core first, recorded on Confirm. */
export function RecordEventDialog({ number, initialKind, onClose, onRecorded, source = 'manual', downloaded = [] }: RecordEventDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [today] = useState(() => todayIn(number.timeZone));
  const [draft, setDraft] = useState<EventDraft>(() => eventDraftFor(number, initialKind, today));
  const [recordIssues, setRecordIssues] = useState<Issue[] | null>(null);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const [receipt, setReceipt] = useState<File | null>(null);
  // The newest download is most likely the receipt: offered ticked, the others unticked.
  const [chosen, setChosen] = useState<string[]>(() => downloaded.slice(0, 1).map((item) => item.id));
  // A missing amount is not worth a red line before the user has done anything.
  const [touched, setTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const { input, issues: clientIssues } = useMemo(() => eventToInput(draft, number.id), [draft, number.id]);
  const preview = useEventPreview(input, clientIssues);
  const shownIssues = recordIssues ?? (preview.phase === 'refused' && touched ? preview.issues : []);
  const errors = useMemo(() => resolveErrors(shownIssues, eventFieldKeys(draft.kind), locale), [shownIssues, draft.kind, locale]);
  const generalError = recordError ?? (preview.phase === 'refused' && touched ? preview.message : null);

  const change = (patch: Partial<EventDraft>, touch = true) => {
    setRecordIssues(null);
    setRecordError(null);
    if (touch) setTouched(true);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const expiryInput = () => formRef.current?.querySelector<HTMLInputElement>(`#${controlId('newExpiryDate')}`) ?? null;
  const ready = preview.phase === 'ready' ? preview : null;
  const warned = ready?.value.notes ? recordWarnings(ready.value.event, ready.value.notes) : null;

  // A renewal that moves no date wants the expiry the carrier shows: once, while focus is still where the
  // dialog put it (on Confirm), it moves to that field, so Enter does not record a renewal that changes nothing.
  const movedToExpiry = useRef(false);
  useEffect(() => {
    if (!warned?.noMove || movedToExpiry.current || document.activeElement !== confirmRef.current) return;
    movedToExpiry.current = true;
    expiryInput()?.focus();
  }, [warned?.noMove]);

  const record = async (asked: Extract<PreviewState, { phase: 'ready' }>) => {
    setRecording(true);
    const answer = await call('events.record', { ...asked.input, source });
    if (answer.ok) {
      const eventId = answer.value.event.id;
      const attaching = [
        ...chosen.map((receiptId) => call('events.attachDownloadedReceipt', { eventId, receiptId })),
        ...(receipt ? [attachReceipt(eventId, receipt)] : []),
      ];
      // The event stands either way; a refused receipt is said, not hidden.
      for (const attached of await Promise.all(attaching)) {
        if (!attached.ok) window.alert(t('carriers.receipt.failed', { message: attached.error.message }));
      }
    }
    setRecording(false);
    if (answer.ok) {
      onRecorded(answer.value.event);
      return;
    }
    const fieldIssues = issuesOf(answer.error);
    setRecordIssues(fieldIssues ?? []);
    setRecordError(fieldIssues ? null : answer.error.message);
  };

  // Confirm pressed while the preview was on its way (R, then Enter at once): it records when the preview
  // comes, unless the preview warns, which is then shown first (a second Confirm records).
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending || preview.phase === 'waiting') return;
    setPending(false);
    if (preview.phase !== 'ready') return;
    if (warned && (warned.noMove || warned.sameDay > 0)) return;
    void record(preview);
    // `record` and `warned` follow from `preview`.
  }, [pending, preview]);

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    // An unreadable date reads as none, and the event would be recorded as of today.
    const unreadable = unreadableDates(formRef.current);
    if (unreadable.length > 0) {
      setRecordIssues(unreadable);
      return;
    }
    if (recording || (receipt && receiptProblem(receipt))) return;
    // Enter in the empty expiry field the warning took focus to: the user has not chosen to record a renewal
    // that moves nothing (Confirm itself does).
    const expiry = expiryInput();
    if (warned?.noMove && expiry !== null && document.activeElement === expiry && expiry.value === '') return;
    if (preview.phase === 'waiting') setPending(true);
    else if (preview.phase === 'ready') void record(preview);
  };

  const title = initialKind === 'renewal' ? t('event.titleRenewal') : t('event.titleEvent');
  return (
    <Dialog title={title} onClose={onClose} className="event-dialog">
      <form ref={formRef} onSubmit={confirm} noValidate>
        <p className="dialog-subtitle">{[number.formatted, number.label].filter(Boolean).join(' · ')}</p>
        {[...errors.all.filter((item) => item.key === null).map((item) => item.message), ...(generalError ? [generalError] : [])].map((message) => (
          <p key={message} className="form-error" role="alert">
            {message}
          </p>
        ))}
        <EventFields
          draft={draft}
          today={today}
          errors={errors}
          change={change}
          changeKind={(kind) => change(withKind(draft, number, kind), false)}
        />
        {downloaded.length > 0 && <DownloadedReceipts items={downloaded} chosen={chosen} onChange={setChosen} />}
        <ReceiptInput file={receipt} onChange={setReceipt} />
        <PreviewLines
          before={number}
          preview={preview}
          warnings={ready?.value.notes && <RecordWarnings event={ready.value.event} notes={ready.value.notes} today={today} onEnterExpiry={() => expiryInput()?.focus()} />}
        />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('event.cancel')}
          </button>
          {/* Focused on opening, so R then Enter records; pressed before the preview is in, it waits for it. */}
          <button ref={confirmRef} type="submit" className="primary" disabled={recording} data-autofocus>
            {recording || pending ? t('event.recording') : t('event.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
