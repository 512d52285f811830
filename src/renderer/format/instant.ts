import type { Locale } from '#shared/locale.ts';

/** An instant as a short local date and time in the UI language. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
