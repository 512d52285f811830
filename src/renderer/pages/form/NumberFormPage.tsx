import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { useNavigation, type Route } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { issuesOf, resolveErrors, unreadableDates, type Issue } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { draftFromView, emptyDraft, type NumberDraft } from './draft.ts';
import { formFieldKeys } from './fieldKeys.ts';
import { MoreSection } from './MoreSection.tsx';
import { NumberSection } from './NumberSection.tsx';
import { PhasesEditor } from './PhasesEditor.tsx';
import { PlanSection } from './PlanSection.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { currencyFromPhone, zoneFromPhone } from './readPhone.ts';
import { coreIssuesBesides, draftToInput } from './toInput.ts';

/** Add a number (no id) or edit one. Nothing is saved until the core accepts every field. */
export function NumberFormPage({ id }: { id?: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go, setLeaveGuard } = useNavigation();
  const notify = useNotify();
  const [original, setOriginal] = useState<NumberView | null>(null);
  const [draft, setDraft] = useState<NumberDraft | null>(id === undefined ? emptyDraft : null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [zoneChosen, setZoneChosen] = useState(id !== undefined);
  const [currencyChosen, setCurrencyChosen] = useState(id !== undefined);
  // Saving an unchanged number would still count as an edit and end the chance to undo its last event.
  const [loadedInput, setLoadedInput] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    void call('numbers.get', { id }).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        const loaded = draftFromView(answer.value);
        setOriginal(answer.value);
        setDraft(loaded);
        setLoadedInput(JSON.stringify(draftToInput(loaded).input));
      } else setLoadError(answer.error.message);
    });
    return () => {
      live = false;
    };
  }, [id]);

  // Leaving with changes not saved asks first (the header, a shortcut); Save and Cancel leave at once.
  const startedFrom = useMemo(() => (id === undefined ? JSON.stringify(draftToInput(emptyDraft()).input) : loadedInput), [id, loadedInput]);
  const unsaved = useRef<() => boolean>(() => false);
  unsaved.current = () => draft !== null && startedFrom !== null && JSON.stringify(draftToInput(draft).input) !== startedFrom;
  useEffect(() => {
    setLeaveGuard(() => unsaved.current());
    return () => setLeaveGuard(null);
  }, [setLeaveGuard]);
  const leave = (route: Route) => {
    setLeaveGuard(null);
    go(route, { replace: true });
  };

  // Parsed once per phone typed, not on every keystroke elsewhere in the form.
  const phone = draft?.phone ?? '';
  const country = draft?.country ?? '';
  const assumedZone = useMemo(() => (zoneChosen ? null : zoneFromPhone(phone, country)), [zoneChosen, phone, country]);
  const assumedCurrency = useMemo(() => (currencyChosen ? null : currencyFromPhone(phone, country)), [currencyChosen, phone, country]);
  const errors = useMemo(() => resolveErrors(issues, draft ? formFieldKeys(draft) : [], locale), [issues, draft, locale]);

  // Opened with N or Edit, the form is where the user is going to type: start at its first field.
  const ready = draft !== null;
  useEffect(() => {
    if (ready) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [ready]);

  // After a refused submit, take the user to the first problem.
  useEffect(() => {
    if (attempt === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? summaryRef.current)?.focus();
  }, [attempt]);

  if (loadError) return <LoadError message={loadError} />;
  if (!draft) return <p className="loading">{t('app.loading')}</p>;

  // A new number's zone and plan currency follow its country until the user (or the carrier catalog) picks them.
  const change = (patch: Partial<NumberDraft>) => {
    if (patch.timeZone !== undefined) setZoneChosen(true);
    const currencyPicked = patch.planCost !== undefined && patch.planCost.currency !== draft.planCost.currency;
    if (currencyPicked) setCurrencyChosen(true);
    const numberChanged = patch.phone !== undefined || patch.country !== undefined;
    const followZone = !zoneChosen && patch.timeZone === undefined && numberChanged;
    const followCurrency = !currencyChosen && !currencyPicked && numberChanged;
    setDraft((current) => {
      if (!current) return current;
      let next = { ...current, ...patch };
      const zone = followZone ? zoneFromPhone(next.phone, next.country) : null;
      if (zone) next = { ...next, timeZone: zone.zone };
      const currency = followCurrency ? currencyFromPhone(next.phone, next.country) : null;
      if (currency) next = { ...next, planCost: { ...next.planCost, currency: currency.currency } };
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaveError(null);
    const { input, issues: typed } = draftToInput(draft);
    const unreadable = unreadableDates(formRef.current);
    const found = [...typed.filter((issue) => !unreadable.some((date) => date.field === issue.field)), ...unreadable];
    if (found.length > 0) {
      // The core checks what the form cannot (the phone itself, a fee rule's billing period): asked too,
      // so every problem shows at once rather than one Save at a time.
      setSaving(true);
      const checked = await call('numbers.check', input);
      setSaving(false);
      setIssues([...found, ...coreIssuesBesides(found, checked.ok ? [] : (issuesOf(checked.error) ?? []))]);
      setAttempt((n) => n + 1);
      return;
    }
    if (id !== undefined && JSON.stringify(input) === loadedInput) {
      leave({ name: 'detail', id });
      return;
    }
    setSaving(true);
    const answer = id === undefined ? await call('numbers.create', input) : await call('numbers.update', { id, number: input });
    setSaving(false);
    if (answer.ok) {
      setIssues([]);
      notify(id === undefined ? t('notices.created', { number: answer.value.formatted }) : t('notices.saved'));
      leave({ name: 'detail', id: answer.value.id });
      return;
    }
    // An update's schema names its fields under `number.`; the form's inputs are named without it.
    const fieldIssues = issuesOf(answer.error)?.map((issue) => ({ ...issue, field: issue.field.replace(/^number\./, '') })) ?? null;
    setIssues(fieldIssues ?? []);
    if (!fieldIssues) setSaveError(answer.error.message);
    setAttempt((n) => n + 1);
  };

  const cancel = () => {
    setLeaveGuard(null);
    if (id === undefined) go({ name: 'list' });
    else go({ name: 'detail', id });
  };
  const title = original ? t('form.titleEdit', { number: original.formatted }) : t('form.titleNew');
  const sectionProps = { draft, change, errors };
  const currencyAssumed = assumedCurrency !== null && assumedCurrency.currency === draft.planCost.currency ? assumedCurrency : null;

  return (
    <form ref={formRef} className="number-form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{title}</h1>
      <ErrorSummary ref={summaryRef} errors={errors} extra={saveError} />
      <NumberSection {...sectionProps} currencyAssumed={currencyAssumed !== null} />
      <PlanSection {...sectionProps} assumedZone={assumedZone?.zone === draft.timeZone ? assumedZone : null} assumedCurrency={currencyAssumed} />
      <RulesEditor {...sectionProps} />
      <PhasesEditor {...sectionProps} />
      <MoreSection {...sectionProps} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
