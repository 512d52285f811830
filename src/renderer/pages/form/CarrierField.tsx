// The number form's carrier input: suggestions from Keepline's carriers (the chosen country's first), and
// "Use this carrier's rules" to prefill time zone, rules and lapse phases. Rules the user already entered
// are never replaced without asking.
import { Wand } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carrierFill } from '#shared/carrier-fill.ts';
import { carriersNamed } from '#shared/carrier-match.ts';
import type { CarrierSummary, RuleSuggestion } from '#shared/carriers.ts';
import type { Locale } from '#shared/locale.ts';
import { call } from '../../api/client.ts';
import { Field } from '../../forms/Field.tsx';
import { controlId, errorMessage } from '../../forms/errors.ts';
import { periodToDraft } from '../../forms/convert.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfidenceBadge } from '../carriers/ConfidenceBadge.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { phaseToDraft } from '../carriers/carrierDraft.ts';
import { researchDateText } from '../carriers/dates.ts';
import { needsPlanBillingPeriod, ruleToDraft, type NumberDraft } from './draft.ts';
import type { SectionProps } from './sectionProps.ts';
import '../../styles/carriers.css';

const LIST_ID = 'carrier-suggestions';
/** At most this many carriers are listed to pick from: typing more narrows them. */
const SHORT_LIST = 5;

function useCarriers(): CarrierSummary[] {
  const [items, setItems] = useState<CarrierSummary[]>([]);
  useEffect(() => {
    let live = true;
    void call('carriers.list', { search: '', origin: 'all' }).then((answer) => {
      if (live && answer.ok) setItems(answer.value.items);
    });
    return () => {
      live = false;
    };
  }, []);
  return items;
}

/**
 * What applying a suggestion changes on the draft (`carrierFill`, as the import and the bulk action fill
 * it); a billing period or plan currency the user set is kept (a currency only assumed from the number's
 * country gives way to the carrier's).
 */
function suggestionPatch(suggestion: RuleSuggestion, draft: NumberDraft, currencyAssumed: boolean): Partial<NumberDraft> {
  const planCurrency = currencyAssumed ? '' : draft.planCost.currency.trim();
  const fill = carrierFill(suggestion, {
    rules: false,
    lapsePhases: false,
    timeZone: false,
    billingPeriod: draft.billingPeriod.count.trim() !== '',
    currency: planCurrency !== '',
  });
  // Rule amounts are read in the plan's currency: the carrier's, when the plan names none yet.
  const currency = planCurrency || suggestion.currency || draft.planCost.currency.trim();
  const patch: Partial<NumberDraft> = {
    rules: (fill.rules ?? []).map((rule) => ruleToDraft(rule, suggestion.currency ?? currency)),
    lapsePhases: (fill.lapsePhases ?? []).map(phaseToDraft),
  };
  if (fill.timeZone) patch.timeZone = fill.timeZone;
  if (fill.currency) patch.planCost = { ...draft.planCost, currency: fill.currency };
  if (fill.billingPeriod) patch.billingPeriod = periodToDraft(fill.billingPeriod);
  return patch;
}

/** What applying a suggestion fills in, of what the note names: only what the carrier's research has. */
function filledParts(suggestion: RuleSuggestion): ('rules' | 'timeZone' | 'lapsePhases')[] {
  const parts: ('rules' | 'timeZone' | 'lapsePhases')[] = [];
  if (suggestion.rules.length > 0) parts.push('rules');
  if (suggestion.timeZone) parts.push('timeZone');
  if (suggestion.lapsePhases.length > 0) parts.push('lapsePhases');
  return parts;
}

export function CarrierField({ draft, change, errors, currencyAssumed }: SectionProps & { currencyAssumed: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const carriers = useCarriers();
  const [asking, setAsking] = useState<RuleSuggestion | null>(null);
  const [applied, setApplied] = useState<RuleSuggestion | null>(null);
  const [appliedIn, setAppliedIn] = useState<Locale | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // The chosen country's carriers (and those of no country) are the ones worth suggesting.
  const suggestions = useMemo(
    () => (draft.country ? carriers.filter((item) => item.country === draft.country || item.country === null) : carriers),
    [carriers, draft.country],
  );
  // By the catalog's whole name, then by the company people know it by ("GULFSIP" for "GULFSIP number / …"),
  // then by any words of them ("csl", "中华电信"): one carrier is offered, several are listed to pick from.
  const { match, candidates } = useMemo(() => carriersNamed(carriers, draft.carrier, draft.country), [carriers, draft.carrier, draft.country]);
  const shownApplied = applied && match && applied.carrierId === match.id ? applied : null;
  const needsBillingPeriod = shownApplied !== null && needsPlanBillingPeriod(draft);

  const apply = (suggestion: RuleSuggestion) => {
    change(suggestionPatch(suggestion, draft, currencyAssumed));
    setApplied(suggestion);
    setAppliedIn(locale);
    setAsking(null);
  };

  // The notes beside rules filled in follow the language: asked again in the new one (the draft keeps what
  // was filled in, which is the user's now).
  useEffect(() => {
    if (!applied || appliedIn === locale) return;
    let live = true;
    void call('carriers.suggestRule', { id: applied.carrierId }).then((answer) => {
      if (!live || !answer.ok) return;
      setApplied(answer.value);
      setAppliedIn(locale);
    });
    return () => {
      live = false;
    };
  }, [applied, appliedIn, locale]);

  const suggest = async () => {
    if (!match) return;
    setBusy(true);
    setFailure(null);
    const answer = await call('carriers.suggestRule', { id: match.id });
    setBusy(false);
    if (!answer.ok) {
      setFailure(errorMessage(answer.error, locale));
      return;
    }
    if (draft.rules.length > 0 || draft.lapsePhases.length > 0) setAsking(answer.value);
    else apply(answer.value);
  };

  const filledNote = (suggestion: RuleSuggestion): string | null => {
    const parts = filledParts(suggestion);
    if (parts.length === 0) return null;
    const what = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts.map((part) => t(`carriers.suggest.filled.${part}`)));
    return t('carriers.suggest.applied', { name: suggestion.name, what });
  };

  const source = (suggestion: RuleSuggestion) => {
    const first = suggestion.sources[0];
    if (!first) return t('carriers.suggest.fromUser', { name: suggestion.name });
    const date = researchDateText(suggestion.researchDate, locale);
    const name = first.title || first.url;
    return date ? t('carriers.suggest.fromSource', { source: name, date }) : t('carriers.suggest.fromSourceNoDate', { source: name });
  };

  return (
    <Field fieldKey="carrier" label={t('form.carrier')} hint={t('carriers.suggest.hint')} errors={errors}>
      {(control) => (
        <>
          <input {...control} type="text" list={LIST_ID} autoComplete="off" value={draft.carrier} onChange={(event) => change({ carrier: event.target.value })} />
          <datalist id={LIST_ID}>
            {suggestions.map((item) => (
              <option key={item.id} value={item.name}>
                {[item.company !== item.name ? item.company : '', item.country ?? ''].filter(Boolean).join(' · ')}
              </option>
            ))}
          </datalist>
          {!match && candidates.length > 0 && (
            <div className="carrier-suggestion" aria-live="polite">
              <p>{t('carriers.suggest.several')}</p>
              <ul className="carrier-choices">
                {candidates.slice(0, SHORT_LIST).map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        change({ carrier: item.name });
                        document.getElementById(controlId('carrier'))?.focus();
                      }}
                    >
                      {item.name}
                    </button>
                    <span className="muted">{[item.company !== item.name ? item.company : '', item.country ?? ''].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
              {candidates.length > SHORT_LIST && <p className="muted">{t('carriers.suggest.more', { count: candidates.length - SHORT_LIST })}</p>}
            </div>
          )}
          {match && (
            <div className="carrier-suggestion" aria-live="polite">
              <p className="carrier-suggestion-row">
                <ConfidenceBadge level={match.confidence} />
                <span>{t('carriers.suggest.known', { name: match.name })}</span>
              </p>
              {shownApplied ? (
                <>
                  {shownApplied.rules.length === 0 && <p>{t('carriers.suggest.none')}</p>}
                  {filledNote(shownApplied) && <p className="carrier-filled">{filledNote(shownApplied)}</p>}
                  <p className="muted">{source(shownApplied)}</p>
                  {shownApplied.caveats && <p className="muted">{t('carriers.suggest.caveats', { text: shownApplied.caveats })}</p>}
                  {shownApplied.unmapped.length > 0 && (
                    <>
                      <p className="carrier-label">{t('carriers.page.unmapped')}</p>
                      <ul className="carrier-rules muted">
                        {shownApplied.unmapped.map((text, index) => (
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {needsBillingPeriod && (
                    <p className="carrier-suggestion-row">
                      <span>{t('carriers.suggest.needsBillingPeriod')}</span>
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => document.getElementById(controlId('billingPeriod.count'))?.focus()}
                      >
                        {t('carriers.suggest.toBillingPeriod')}
                      </button>
                    </p>
                  )}
                </>
              ) : (
                <p className="carrier-suggestion-row">
                  <button type="button" className="secondary" disabled={busy} onClick={() => void suggest()}>
                    <Wand aria-hidden="true" size={16} />
                    {busy ? t('carriers.suggest.applying') : t('carriers.suggest.apply')}
                  </button>
                </p>
              )}
              {failure && (
                <p className="form-error" role="alert">
                  {failure}
                </p>
              )}
            </div>
          )}
          {asking && (
            <ConfirmDialog
              title={t('carriers.suggest.replaceTitle')}
              body={t('carriers.suggest.replaceBody', { rules: draft.rules.length, phases: draft.lapsePhases.length, name: asking.name })}
              confirmLabel={t('carriers.suggest.replace')}
              danger
              cancelLabel={t('carriers.suggest.keep')}
              onConfirm={() => {
                apply(asking);
                return Promise.resolve(null);
              }}
              onClose={() => setAsking(null)}
            />
          )}
        </>
      )}
    </Field>
  );
}
