import type { DownloadedReceipt } from '#shared/carriers.ts';
import { ArrowLeft, Archive } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventKind, EventView } from '#shared/events.ts';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useNotify } from '../../app/notices.ts';
import { useRecordShortcut } from '../../app/recordShortcut.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import { RecordEventDialog } from '../event/RecordEventDialog.tsx';
import { useRecordedNotice } from '../event/useRecordedNotice.ts';
import { DeadlineCard } from './DeadlineCard.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { DetailActions } from './DetailActions.tsx';
import { DetailsCard } from './DetailsCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { PhasesCard } from './PhasesCard.tsx';
import { RulesCard } from './RulesCard.tsx';
import { useNumberDetail } from './useNumberDetail.ts';
import { RenewButton } from '../../components/RenewButton.tsx';
import { ReceiptsCard } from './ReceiptsCard.tsx';
import { SecretsCard } from './SecretsCard.tsx';
import { RemindersCard } from '../reminders/RemindersCard.tsx';

type OpenDialog = { type: 'event'; kind: EventKind; source?: 'renewal_window'; downloaded?: DownloadedReceipt[] } | { type: 'delete' } | null;

export function NumberDetailPage({ id, openRecord = false }: { id: number; openRecord?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { go } = useNavigation();
  const notify = useNotify();
  const recordedNotice = useRecordedNotice();
  const { number, events, error, reload } = useNumberDetail(id);
  const [dialog, setDialog] = useState<OpenDialog>(openRecord ? { type: 'event', kind: 'renewal' } : null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  useRecordShortcut(number ? () => setDialog({ type: 'event', kind: 'renewal' }) : null);

  const back = (
    <button type="button" className="link back-link" onClick={() => go({ name: 'list' })}>
      <ArrowLeft aria-hidden="true" size={16} />
      {t('detail.back')}
    </button>
  );
  if (error?.code === 'not_found') return <div>{back}<LoadError message={t('detail.notFound')} /></div>;
  if (error && !number) return <div>{back}<LoadError message={error.message} onRetry={() => void reload()} /></div>;
  if (!number) return <p className="loading">{t('app.loading')}</p>;

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setActionError(null);
    const failure = await work();
    setBusy(false);
    if (failure) setActionError(failure);
  };
  const undo = (event: EventView) =>
    act(async () => {
      const answer = await call('events.undoLast', { numberId: number.id });
      if (!answer.ok) return errorMessage(answer.error, locale);
      notify(t('history.undone', { what: t(`event.kinds.${event.kind}`) }));
      await reload();
      return null;
    });
  const toggleArchived = () =>
    act(async () => {
      const answer = await call('numbers.setArchived', { id: number.id, archived: !number.archived });
      if (!answer.ok) return errorMessage(answer.error, locale);
      notify(answer.value.archived ? t('notices.archived') : t('notices.unarchived'));
      await reload();
      return null;
    });
  const remove = async () => {
    const answer = await call('numbers.delete', { id: number.id });
    if (!answer.ok) return errorMessage(answer.error, locale);
    notify(t('notices.deleted', { number: number.formatted }));
    go({ name: 'list' }, { replace: true });
    return null;
  };
  const recorded = (event: EventView) => {
    setDialog(null);
    recordedNotice(event, () => void reload());
    void reload();
  };

  return (
    <div className="detail-page">
      {back}
      <header className="detail-header">
        <div>
          <h1 className="detail-number">{number.formatted}</h1>
          {number.label && <p className="detail-label">{number.label}</p>}
        </div>
      </header>
      {number.archived && (
        <p className="banner">
          <Archive aria-hidden="true" size={16} />
          {t('detail.archivedBanner')}
        </p>
      )}
      <DetailActions
        archived={number.archived}
        busy={busy}
        onRenew={() => setDialog({ type: 'event', kind: 'renewal' })}
        onRecord={() => setDialog({ type: 'event', kind: 'topup' })}
        onEdit={() => go({ name: 'edit', id: number.id })}
        onArchive={toggleArchived}
        onDelete={() => setDialog({ type: 'delete' })}
      />
      <div className="renew-actions">
        <RenewButton numberId={number.id} onReadyToRecord={(downloaded) => setDialog({ type: 'event', kind: 'renewal', source: 'renewal_window', downloaded })} />
      </div>
      {actionError && <p className="form-error" role="alert">{actionError}</p>}
      <div className="detail-grid">
        <div className="detail-main">
          <DeadlineCard number={number} />
          <RulesCard number={number} />
          <PhasesCard number={number} />
          <RemindersCard numberId={number.id} revision={number.updatedAt} lost={number.status.state === 'lost'} />
          <HistoryCard events={events} undoing={busy} onUndo={undo} />
          <ReceiptsCard numberId={number.id} events={events} />
          <SecretsCard numberId={number.id} number={number.formatted} />
        </div>
        <DetailsCard number={number} />
      </div>
      {dialog?.type === 'event' && (
        <RecordEventDialog number={number} initialKind={dialog.kind} source={dialog.source} downloaded={dialog.downloaded} onClose={() => setDialog(null)} onRecorded={recorded} />
      )}
      {dialog?.type === 'delete' && <DeleteDialog number={number.formatted} onConfirm={remove} onClose={() => setDialog(null)} />}
    </div>
  );
}
