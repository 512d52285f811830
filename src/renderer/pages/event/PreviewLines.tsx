import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberView } from '#shared/numbers.ts';
import { useLocale } from '../../i18n/setup.ts';
import { datesChangeLines } from './datesChange.ts';
import type { PreviewState } from './useEventPreview.ts';

/**
 * "New expiry: X (was Y)" and "Next deadline: X (was Y)", from the core's own preview; headed "After
 * recording" for a new event, `heading` ("After saving") for an edit; `warnings` below them when ready.
 */
export function PreviewLines({ before, preview, heading, warnings }: { before: NumberView; preview: PreviewState; heading?: string; warnings?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lines =
    preview.phase === 'ready' ? datesChangeLines(before, preview.value.number, t, locale)
    : preview.phase === 'waiting' ? [t('event.previewing')]
    : [];
  if (lines.length === 0) return null;
  return (
    <section className={`preview preview-${preview.phase}`} aria-labelledby="preview-title" aria-live="polite">
      <h3 id="preview-title">{heading ?? t('event.preview')}</h3>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {preview.phase === 'ready' && warnings}
    </section>
  );
}
