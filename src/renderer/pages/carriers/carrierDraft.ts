// The carrier editor as typed, and what a save sends: everything for the user's own carrier, only the
// changed fields for a catalog one (they are stored as the user's overrides and survive catalog updates).
import type { CarrierView } from '#shared/carriers.ts';
import type { InputRaw } from '#shared/contract.ts';
import type { LapsePhase } from '#shared/rules.ts';
import type { Issue } from '../../forms/errors.ts';
import { periodToDraft } from '../../forms/convert.ts';
import { emptyDraft, ruleToDraft, uid, type NumberDraft, type PhaseDraft } from '../form/draft.ts';
import { formFieldKeys } from '../form/fieldKeys.ts';
import { draftToInput } from '../form/toInput.ts';

export interface CarrierDraft {
  name: string;
  country: string;
  timeZone: string;
  homepage: string;
  renewalUrl: string;
  notes: string;
  /** Rules, lapse phases and billing period, in the number form's shape so its editors can be reused. */
  plan: NumberDraft;
}

/** A carrier's fields as the API takes them. */
export type CarrierFieldsInput = Required<InputRaw<'carriers.save'>['fields']>;

export const EDITABLE_FIELDS = ['name', 'country', 'timeZone', 'homepage', 'renewalUrl', 'notes', 'rules', 'lapsePhases', 'billingPeriod'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function phaseToDraft(phase: LapsePhase): PhaseDraft {
  return { uid: uid(), name: phase.name, length: periodToDraft(phase.length), works: phase.works, creditLost: phase.creditLost };
}

export function emptyCarrierDraft(): CarrierDraft {
  return { name: '', country: '', timeZone: '', homepage: '', renewalUrl: '', notes: '', plan: { ...emptyDraft(), timeZone: '' } };
}

export function carrierDraftFromView(view: CarrierView): CarrierDraft {
  return {
    name: view.name,
    country: view.country ?? '',
    timeZone: view.timeZone ?? '',
    homepage: view.homepage ?? '',
    renewalUrl: view.renewalUrl ?? '',
    notes: view.notes,
    plan: {
      ...emptyDraft(),
      timeZone: '',
      // Amounts read and typed in the catalog's currency (none for the user's own carriers).
      planCost: { amount: '', currency: view.currency ?? '' },
      rules: view.rules.map((rule) => ruleToDraft(rule, view.currency ?? '')),
      lapsePhases: view.lapsePhases.map(phaseToDraft),
      billingPeriod: periodToDraft(view.billingPeriod),
    },
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Every field as the API takes it, and the problems found before sending. */
export function carrierFields(draft: CarrierDraft): { fields: CarrierFieldsInput; issues: Issue[] } {
  const { input, issues } = draftToInput(draft.plan);
  const fields: CarrierFieldsInput = {
    name: draft.name.trim(),
    country: orNull(draft.country),
    timeZone: orNull(draft.timeZone),
    homepage: orNull(draft.homepage),
    renewalUrl: orNull(draft.renewalUrl),
    notes: draft.notes,
    rules: input.rules ?? [],
    lapsePhases: input.lapsePhases ?? [],
    billingPeriod: input.billingPeriod ?? null,
  };
  return { fields, issues: issues.filter((issue) => /^(rules|lapsePhases|billingPeriod)\b/.test(issue.field)) };
}

/** Only what differs from the carrier as loaded (both sides through the same conversion, so equal means unchanged). */
export function changedFields(before: CarrierDraft, after: CarrierDraft): Partial<CarrierFieldsInput> {
  const old = carrierFields(before).fields;
  const now = carrierFields(after).fields;
  return Object.fromEntries(EDITABLE_FIELDS.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key])).map((key) => [key, now[key]]));
}

/** The editor's inputs by API path (without the `fields.` the API puts in front), in the order shown. */
export function carrierFieldKeys(draft: CarrierDraft): string[] {
  const plan = formFieldKeys(draft.plan).filter((key) => /^(rules|lapsePhases)\b/.test(key));
  return ['name', 'country', 'timeZone', 'renewalUrl', 'homepage', 'notes', ...plan];
}

/** The API names fields `fields.renewalUrl`; the editor's inputs are named without the prefix. */
export function withoutPrefix(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, field: issue.field.replace(/^fields\./, '') }));
}
