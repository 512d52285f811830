import type { ApiError, ErrorCode, FieldIssue, FieldReason } from '#shared/errors.ts';
import type { Locale } from '#shared/locale.ts';
import { codeMessage, fieldMessage } from '#shared/messages.ts';

/** A refusal that travels to the user as `{ok:false, error}`; thrown inside core, caught by dispatch. */
export class KeeplineError extends Error {
  readonly code: ErrorCode;
  readonly detail: Record<string, string | number>;
  readonly issues: Omit<FieldIssue, 'message'>[];

  constructor(
    code: ErrorCode,
    detail: Record<string, string | number> = {},
    issues: Omit<FieldIssue, 'message'>[] = [],
  ) {
    super(codeMessage(code, 'en', detail));
    this.name = 'KeeplineError';
    this.code = code;
    this.detail = detail;
    this.issues = issues;
  }

  toApiError(locale: Locale): ApiError {
    const issues = this.issues.map((issue) => ({
      ...issue,
      message: fieldMessage(issue.field, issue.reason, locale, issue.detail),
    }));
    const first = issues[0];
    if (!first) return { code: this.code, message: codeMessage(this.code, locale, this.detail) };
    return { code: this.code, message: first.message, field: first.field, reason: first.reason, issues };
  }
}

/** An answer a job already gave (in the caller's language), passed on as it is by the call that ran it. */
export class RelayedError extends KeeplineError {
  readonly answer: ApiError;

  constructor(answer: ApiError) {
    super(answer.code);
    this.answer = answer;
  }

  override toApiError(): ApiError {
    return this.answer;
  }
}

export function invalidField(field: string, reason: FieldReason, detail?: Record<string, string | number>): KeeplineError {
  return new KeeplineError('invalid_input', {}, [{ field, reason, ...(detail ? { detail } : {}) }]);
}

export function notFound(what: 'number' | 'event' | 'reminder'): KeeplineError {
  return new KeeplineError('not_found', { what });
}
