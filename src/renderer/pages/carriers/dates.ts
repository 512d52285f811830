import { formatDay, type Locale } from '#shared/locale.ts';
import { isCalendarDate } from '#shared/primitives.ts';

/** A research date as people read it; the research also has partial dates ("2016-05", "c. 2012"), shown as written. */
export function researchDateText(text: string | null, locale: Locale): string | null {
  if (text === null || text.trim() === '') return null;
  return isCalendarDate(text) ? formatDay(text, locale) : text;
}
