import type { TFunction } from 'i18next';
import type { Locale } from '#shared/locale.ts';
import type { NumberView } from '#shared/numbers.ts';
import { formatDay } from '../../format/dates.ts';

/** "New expiry: X (was Y)" and "Next deadline: X (was Y)": what an event did, or would do, to a number's dates. */
export function datesChangeLines(before: NumberView, after: NumberView, t: TFunction, locale: Locale): string[] {
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t('detail.none'));
  const lines: string[] = [];
  if (before.expiryDate !== null || after.expiryDate !== null) {
    lines.push(
      before.expiryDate === after.expiryDate
        ? t('event.sameExpiry', { date: day(after.expiryDate) })
        : t('event.newExpiry', { after: day(after.expiryDate), before: day(before.expiryDate) }),
    );
  }
  lines.push(
    before.deadlineOn === after.deadlineOn
      ? t('event.sameDeadline', { date: day(after.deadlineOn) })
      : t('event.newDeadline', { after: day(after.deadlineOn), before: day(before.deadlineOn) }),
  );
  return lines;
}
