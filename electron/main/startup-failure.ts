import { KeeplineError } from '#core/errors.ts';
import type { Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';

/**
 * What the error box says when the database cannot be opened. Core's refusals (damaged, newer, emptied
 * file) carry their own translated sentence; anything else is named so the user can report it.
 */
export function startupFailureMessage(error: unknown, locale: Locale): { title: string; content: string } {
  if (error instanceof KeeplineError) return { title: 'Keepline', content: error.toApiError(locale).message };
  const detail = error instanceof Error ? error.message : String(error);
  return { title: 'Keepline', content: `${codeMessage('internal', locale)}\n\n${detail}` };
}
