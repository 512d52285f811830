import type { DownloadedReceipt } from '#shared/carriers.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.ts';
import { useRecordShortcut } from '../../app/recordShortcut.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { isoDateIn } from '../../format/dates.ts';
import { browserTimeZone } from '../../format/regions.ts';
import { QuickRenewal } from '../event/QuickRenewal.tsx';
import { EmptyState } from '../list/EmptyState.tsx';
import { CountCards } from './CountCards.tsx';
import { DeadlineTimeline } from './DeadlineTimeline.tsx';
import { UrgentList } from './UrgentList.tsx';
import { useDashboard } from './useDashboard.ts';

/** The start page: what needs doing today, readable at a glance. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const { state, reload } = useDashboard();
  // `downloaded` is set when the renewal window was used, even if it downloaded nothing.
  const [renewing, setRenewing] = useState<{ id: number; downloaded?: DownloadedReceipt[] } | null>(null);
  // The dashboard has no selected number: R records a renewal for the first of "Most urgent".
  const mostUrgent = state.phase === 'ready' ? state.summary.urgent[0] : undefined;
  useRecordShortcut(mostUrgent ? () => setRenewing({ id: mostUrgent.id }) : null);

  if (state.phase === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.phase === 'error') return <LoadError message={state.message} onRetry={reload} />;
  const { summary } = state;
  if (summary.counts.active === 0) {
    return (
      <div className="dashboard-page">
        <EmptyState onAdd={() => go({ name: 'new' })} />
      </div>
    );
  }
  return (
    <div className="dashboard-page">
      <div className="page-heading">
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">{t('dashboard.subtitle')}</p>
      </div>
      <CountCards counts={summary.counts} />
      <div className="dashboard-grid">
        <UrgentList items={summary.urgent} onRecord={(id, downloaded) => setRenewing({ id, downloaded })} />
        <DeadlineTimeline items={summary.upcoming} more={summary.upcomingMore} horizon={summary.horizonDays} today={isoDateIn(browserTimeZone(), new Date(summary.now))} />
      </div>
      {renewing !== null && <QuickRenewal numberId={renewing.id} downloaded={renewing.downloaded} onClose={() => setRenewing(null)} onRecorded={reload} />}
    </div>
  );
}
