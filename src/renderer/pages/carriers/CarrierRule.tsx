import { useTranslation } from 'react-i18next';
import type { CarrierView } from '#shared/carriers.ts';
import { formatPeriod } from '#shared/locale.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ruleSummary } from '../detail/ruleText.ts';
import { ConfidenceBadge } from './ConfidenceBadge.tsx';

/** The keep-alive rule: how sure the research is, the source's own words, and what Keepline will track. */
export function CarrierRule({ carrier }: { carrier: CarrierView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Only the currency matters to the summary: amounts are shown in it.
  const planCost = carrier.currency ? { amountMinor: 0, currency: carrier.currency } : null;
  return (
    <section className="carrier-block" aria-labelledby="carrier-rule-title">
      <h3 id="carrier-rule-title">{t('carriers.page.ruleTitle')}</h3>
      <p className="carrier-confidence-line">
        <ConfidenceBadge level={carrier.confidence} />
        {carrier.confidenceNote && <span className="muted">{t('carriers.page.confidenceNote', { text: carrier.confidenceNote })}</span>}
      </p>
      {carrier.summary && (
        <>
          <p className="carrier-label">{t('carriers.page.sourceWords')}</p>
          <blockquote className="carrier-quote">{carrier.summary}</blockquote>
        </>
      )}
      <p className="carrier-label">{t('carriers.page.keeplineRule')}</p>
      {carrier.rules.length === 0 ? (
        <p className="muted">{t('carriers.page.noRule')}</p>
      ) : (
        <ul className="carrier-rules">
          {carrier.rules.map((rule, index) => (
            <li key={index}>
              <strong>{t(`rules.kinds.${rule.kind}`)}</strong>
              {locale === 'en' ? ': ' : '：'}
              {ruleSummary(rule, planCost, carrier.billingPeriod, locale, t)}
            </li>
          ))}
        </ul>
      )}
      {carrier.lapsePhases.length > 0 && (
        <>
          <p className="carrier-label">{t('carriers.page.phases')}</p>
          <ol className="carrier-rules">
            {carrier.lapsePhases.map((phase, index) => (
              <li key={index}>
                {t('carriers.page.phase', { name: phase.name, length: formatPeriod(phase.length, locale) })}
                {phase.works && <span className="muted"> · {phase.works}</span>}
                {phase.creditLost && <span className="carrier-tag"> {t('detail.creditLost')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {carrier.unmapped.length > 0 && (
        <>
          <p className="carrier-label">{t('carriers.page.unmapped')}</p>
          <ul className="carrier-rules muted">
            {carrier.unmapped.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
