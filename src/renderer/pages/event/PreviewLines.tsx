import { useTranslation } from 'react-i18next';
import type { NumberView } from '#shared/numbers.ts';
import { formatDay } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';
import type { PreviewState } from './useEventPreview.ts';

/** "New expiry: X (was Y)" and "Next deadline: X (was Y)", from the core's own preview. */
export function PreviewLines({ before, preview }: { before: NumberView; preview: PreviewState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t('detail.none'));
  let lines: string[] = [];
  if (preview.phase === 'ready') {
    const after = preview.value.number;
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
  } else if (preview.phase === 'waiting') {
    lines = [t('event.previewing')];
  }
  if (lines.length === 0) return null;
  return (
    <section className={`preview preview-${preview.phase}`} aria-labelledby="preview-title" aria-live="polite">
      <h3 id="preview-title">{t('event.preview')}</h3>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
