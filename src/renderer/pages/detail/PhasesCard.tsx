import { useTranslation } from 'react-i18next';
import { formatPeriod } from '#shared/locale.ts';
import type { NumberView } from '#shared/numbers.ts';
import { useLocale } from '../../i18n/setup.ts';

/** What happens after the deadline, in order; the phase the number is in is marked. */
export function PhasesCard({ number }: { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (number.lapsePhases.length === 0) return null;
  const current = number.status.state === 'grace' ? number.status.phaseIndex : null;
  return (
    <section className="card" aria-labelledby="phases-title">
      <h2 id="phases-title">{t('detail.phases')}</h2>
      <ol className="phase-list">
        {number.lapsePhases.map((phase, index) => (
          <li key={index} className={index === current ? 'current' : undefined} aria-current={index === current ? 'step' : undefined}>
            <span className="phase-name">{phase.name}</span>
            <span>{formatPeriod(phase.length, locale)}</span>
            {phase.works && <span className="muted">{phase.works}</span>}
            {phase.creditLost && <span className="tag tag-warn">{t('detail.creditLost')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
