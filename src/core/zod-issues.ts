import type * as z from 'zod';
import type { FieldIssue, FieldReason } from '#shared/errors.ts';

type Issue = Omit<FieldIssue, 'message'>;

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function sizeReason(issue: z.core.$ZodIssue, small: boolean): Issue['reason'] {
  const origin = 'origin' in issue ? issue.origin : '';
  if (origin === 'string') return small ? 'too_short' : 'too_long';
  if (origin === 'array' || origin === 'set') return small ? 'too_short' : 'too_many';
  return small ? 'too_small' : 'too_big';
}

/** A discriminated union reports a missing `kind` with the whole object as its input. */
function missingDiscriminator(issue: z.core.$ZodIssue): boolean {
  if (issue.code !== 'invalid_union' || !('discriminator' in issue) || typeof issue.discriminator !== 'string') return false;
  const input = issue.input as Record<string, unknown> | undefined;
  return typeof input === 'object' && input !== null && input[issue.discriminator] === undefined;
}

/** Turns zod's issues into field issues: which field, and a reason every locale has a sentence for. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const result: Issue[] = [];
  for (const issue of issues) {
    const field = pathOf(issue.path);
    const missing = !('input' in issue) || issue.input === undefined || missingDiscriminator(issue);
    if (missing && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
      result.push({ field, reason: 'required' });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        const reason: FieldReason = missing ? 'required' : issue.expected === 'int' ? 'not_integer' : 'wrong_type';
        result.push({ field, reason, detail: { expected: String(issue.expected) } });
        break;
      }
      case 'too_small': {
        // An empty (or all-blank, once trimmed) required text reads better as "is required" than "at least 1".
        const emptyText = 'origin' in issue && issue.origin === 'string' && Number(issue.minimum) === 1;
        result.push(emptyText ? { field, reason: 'required' } : { field, reason: sizeReason(issue, true), detail: { min: String(issue.minimum) } });
        break;
      }
      case 'too_big':
        result.push({ field, reason: sizeReason(issue, false), detail: { max: String(issue.maximum) } });
        break;
      case 'invalid_format':
        result.push({ field, reason: 'bad_format' });
        break;
      case 'invalid_value':
        result.push({ field, reason: 'not_allowed_value', detail: { values: issue.values.map(String).join(', ') } });
        break;
      case 'invalid_union':
        result.push({
          field,
          reason: 'not_allowed_value',
          detail: { values: 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String).join(', ') : '' },
        });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) result.push({ field: field ? `${field}.${key}` : key, reason: 'unknown_key' });
        break;
      case 'custom': {
        const reason = (issue.params as { reason?: FieldReason } | undefined)?.reason ?? 'invalid';
        result.push({ field, reason });
        break;
      }
      default:
        result.push({ field, reason: 'invalid' });
    }
  }
  return result;
}
