import type { FieldIssue } from '#shared/errors.ts';
import type { MethodName } from '#shared/methods.ts';
import { parsePhone } from '../domain/phone.ts';

type Issue = Omit<FieldIssue, 'message'>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The checks of a number that need more than its schema (the phone itself, a fee rule's billing period),
 * run on the raw input too, so a form that fails its schema still learns every problem in one answer.
 */
function numberIssues(raw: unknown, prefix: string): Issue[] {
  if (!isObject(raw)) return [];
  const issues: Issue[] = [];
  if (typeof raw.phone === 'string' && raw.phone.trim() !== '') {
    const country = typeof raw.country === 'string' && /^[A-Z]{2}$/.test(raw.country) ? raw.country : null;
    const phone = parsePhone(raw.phone, country);
    if (!phone.ok) issues.push({ field: prefix + phone.field, reason: phone.reason, ...(phone.detail ? { detail: phone.detail } : {}) });
  }
  if (Array.isArray(raw.rules) && (raw.billingPeriod === null || raw.billingPeriod === undefined)) {
    raw.rules.forEach((rule, index) => {
      if (isObject(rule) && rule.kind === 'fee') issues.push({ field: `${prefix}rules.${index}`, reason: 'needs_billing_period' });
    });
  }
  return issues;
}

export const rawInputChecks: Partial<Record<MethodName, (raw: unknown) => Issue[]>> = {
  'numbers.create': (raw) => numberIssues(raw, ''),
  'numbers.check': (raw) => numberIssues(raw, ''),
  'numbers.update': (raw) => numberIssues(isObject(raw) ? raw.number : undefined, 'number.'),
};

/** Adds the raw checks' issues for fields the schema did not already fault. */
export function withRawIssues(method: MethodName, raw: unknown, schemaIssues: Issue[]): Issue[] {
  const extra = rawInputChecks[method]?.(raw) ?? [];
  const faulted = new Set(schemaIssues.map((issue) => issue.field));
  return [...schemaIssues, ...extra.filter((issue) => !faulted.has(issue.field))];
}
