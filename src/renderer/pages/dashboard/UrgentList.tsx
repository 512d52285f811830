import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DownloadedReceipt } from '#shared/carriers.ts';
import type { NumberSummary } from '#shared/numbers.ts';
import { useNavigation } from '../../app/navigation.ts';
import { CountryFlag } from '../../components/CountryFlag.tsx';
import { DeadlineWhen } from '../../components/DeadlineWhen.tsx';
import { RenewButton } from '../../components/RenewButton.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { userZoneName } from '../../format/dates.ts';
import { useLocale } from '../../i18n/setup.ts';

interface UrgentListProps {
  items: NumberSummary[];
  /** `downloaded`: after the renewal window, what its page downloaded that could be the receipt. */
  onRecord: (id: number, downloaded?: DownloadedReceipt[]) => void;
}

export function UrgentList({ items, onRecord }: UrgentListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go } = useNavigation();
  return (
    <section className="card urgent" aria-labelledby="urgent-title">
      <div className="card-heading">
        <h2 id="urgent-title">{t('dashboard.urgent.title')}</h2>
        {items.length > 0 && <p className="muted zone-note">{t('dashboard.urgent.yourTime', { zone: userZoneName(locale) })}</p>}
      </div>
      {items.length === 0 ? (
        <p className="muted">{t('dashboard.urgent.empty')}</p>
      ) : (
        <ol className="urgent-list">
          {items.map((item) => (
            <li key={item.id} className="urgent-item">
              <StatusBadge status={item.status} hasDeadline={item.deadlineOn !== null} />
              <div className="urgent-who">
                <button type="button" className="link number-link" aria-label={t('dashboard.urgent.open', { number: item.formatted })} onClick={() => go({ name: 'detail', id: item.id })}>
                  {item.formatted}
                </button>
                <span className="urgent-meta">
                  <CountryFlag code={item.country} />
                  <span className="urgent-meta-text" title={[item.label, item.carrier].filter(Boolean).join(' · ')}>
                    {[item.label, item.carrier].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </div>
              {item.deadlineOn && <DeadlineWhen on={item.deadlineOn} endsAt={item.deadlineEndsAt} daysLeft={item.status.daysLeft} timeZone={item.timeZone} />}
              <div className="urgent-actions">
                <button type="button" className="primary" aria-label={t('dashboard.urgent.recordRenewalFor', { number: item.formatted })} onClick={() => onRecord(item.id)}>
                  <RefreshCw aria-hidden="true" size={16} />
                  {t('dashboard.urgent.recordRenewal')}
                </button>
                {/* Shown only for numbers whose carrier has a renewal page; then the record form follows. */}
                <RenewButton numberId={item.id} onReadyToRecord={(downloaded) => onRecord(item.id, downloaded)} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
