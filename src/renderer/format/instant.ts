import type { Locale } from '#shared/locale.ts';
import { dateTimeFormat } from './intl-cache.ts';

/** An instant as a short local date and time in the UI language. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
