import { useTranslation } from 'react-i18next';
import type { CarrierView } from '#shared/carriers.ts';
import { useLocale } from '../../i18n/setup.ts';
import { researchDateText } from './dates.ts';
import { ExternalLink } from './ExternalLink.tsx';

/** Where the rule comes from, when it was checked, and what the research was unsure about. */
export function CarrierSources({ carrier }: { carrier: CarrierView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const researched = researchDateText(carrier.researchDate, locale);
  return (
    <section className="carrier-block" aria-labelledby="carrier-sources-title">
      <h3 id="carrier-sources-title">{t('carriers.page.sources')}</h3>
      <p className="muted">
        {researched ? t('carriers.page.researched', { date: researched }) : t('carriers.page.notResearched')}
      </p>
      {carrier.sources.length === 0 ? (
        <p className="muted">{t('carriers.page.noSources')}</p>
      ) : (
        <ul className="carrier-sources">
          {carrier.sources.map((source, index) => {
            const date = researchDateText(source.date, locale);
            return (
              <li key={index}>
                <ExternalLink href={source.url}>{source.title || source.url}</ExternalLink>
                {date && <span className="muted"> {t('carriers.page.sourceDate', { date })}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {carrier.caveats && (
        <>
          <h3>{t('carriers.page.caveats')}</h3>
          <p className="carrier-caveats">{carrier.caveats}</p>
        </>
      )}
    </section>
  );
}
