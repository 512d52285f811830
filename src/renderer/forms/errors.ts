// Places each issue beside the input it is about. Issues carry dotted paths (`rules.0.every.count`); a
// form names its inputs with the same paths, and anything without an input goes to the form-level list.
import type { ApiError, FieldReason } from '#shared/errors.ts';
import { formatDay, type Locale } from '#shared/locale.ts';
import { fieldMessage } from '#shared/messages.ts';
import { isCalendarDate } from '#shared/primitives.ts';

export interface Issue {
  field: string;
  reason: FieldReason;
  detail?: Record<string, string | number>;
}

export interface PlacedMessage {
  /** The input it belongs to, or null when no input shows it. */
  key: string | null;
  message: string;
}

export interface FieldErrors {
  at(key: string): string[];
  /** Every message in form order, for the summary above the form. */
  all: PlacedMessage[];
}

export const NO_ERRORS: FieldErrors = { at: () => [], all: [] };

/** The form input that should show an issue: itself, else its first sub-input, else its nearest parent. */
export function placeIssue(field: string, keys: readonly string[]): string | null {
  const known = new Set(keys);
  if (known.has(field)) return field;
  const child = keys.find((key) => key.startsWith(`${field}.`));
  if (field && child) return child;
  const segments = field.split('.');
  while (segments.length > 1) {
    segments.pop();
    const parent = segments.join('.');
    if (known.has(parent)) return parent;
  }
  return null;
}

/** An issue's sentence in the UI language, with dates as people read them (fieldMessage names the countries). */
export function issueMessage(issue: Issue, locale: Locale): string {
  const detail: Record<string, string | number> = { ...issue.detail };
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'string' && isCalendarDate(value)) detail[key] = formatDay(value, locale);
  }
  // "at least 1 characters" is how a schema says "required" about a string.
  const reason = issue.reason === 'too_short' && String(detail.min) === '1' ? 'required' : issue.reason;
  return fieldMessage(issue.field, reason, locale, detail);
}

/** Sentences in the UI language, whatever language the server answered in. */
export function resolveErrors(issues: readonly Issue[], keys: readonly string[], locale: Locale): FieldErrors {
  const byKey = new Map<string, string[]>();
  const placed: PlacedMessage[] = [];
  for (const issue of issues) {
    const key = placeIssue(issue.field, keys);
    // One problem per field is enough to fix it: a code of two letters is not also "no such currency".
    if (key !== null && byKey.has(key)) continue;
    const message = issueMessage(issue, locale);
    placed.push({ key, message });
    if (key !== null) byKey.set(key, [message]);
  }
  const order = (key: string | null) => (key === null ? -1 : keys.indexOf(key));
  placed.sort((a, b) => order(a.key) - order(b.key));
  return { at: (key) => byKey.get(key) ?? [], all: placed };
}

/** The field issues of an API error, or null when it is about no field (then show its message). */
export function issuesOf(error: ApiError): Issue[] | null {
  if (error.issues?.length) return error.issues;
  if (error.field && error.reason) return [{ field: error.field, reason: error.reason }];
  return null;
}

/**
 * A date input holding text that is no date (02/30/2026, or half typed) has the value '' as if it were
 * empty, and fires no event while it stays so: only its validity tells them apart, read when submitting.
 */
export function unreadableDates(form: HTMLFormElement | null): Issue[] {
  if (!form) return [];
  const inputs = form.querySelectorAll<HTMLInputElement>('input[type="date"][data-field], input[type="month"][data-field]');
  return [...inputs].filter((input) => input.validity.badInput).map((input) => ({ field: input.dataset.field ?? '', reason: 'not_a_date' }));
}

/** The id of the input for a dotted path. */
export function controlId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function errorId(key: string): string {
  return `${controlId(key)}-error`;
}

/** One readable sentence for an error outside a form, in the UI language where it is about a field. */
export function errorMessage(error: ApiError, locale: Locale): string {
  const issues = issuesOf(error);
  if (!issues) return error.message;
  return issues.map((issue) => issueMessage(issue, locale)).join(' ');
}
