import { DatabaseBackup, RotateCcw, TriangleExclamationPoint } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '#shared/contract.ts';
import { call } from '../../api/client.ts';
import { useJob } from '../../api/useJob.ts';
import { watchCurrentJob } from '../../api/jobs.ts';
import { useNotify } from '../../app/notices.ts';
import { useSavedPreferences } from '../../app/preferences.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { errorMessage } from '../../forms/errors.ts';
import { formatInstant } from '../../format/instant.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import '../../styles/data.css';
import { backupPhase } from './backupPhase.ts';
import { RestoreProgress, type RestoreStage } from './RestoreProgress.tsx';
import { SettingsCard } from './SettingsCard.tsx';
import { backupFailureText, backupReasonText } from './backupTexts.ts';

type Backup = Output<'backups.list'>['items'][number];

function sizeText(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1_048_576 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    bytes >= 1_048_576 ? bytes / 1_048_576 : Math.max(1, bytes / 1024),
  );
}

/** The backups in the folder: take one now, or restore one (after a confirmation; the app then reloads). */
export function BackupListSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [list, setList] = useState<Output<'backups.list'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [restoreStage, setRestoreStage] = useState<RestoreStage | null>(null);
  // Run as a job, so the copy says how far it is (an agency's file takes a while to copy and check).
  const backup = useJob();
  const busy = backup.running;

  const load = useCallback(async () => {
    const answer = await call('backups.list', {});
    if (answer.ok) setList(answer.value);
    else setError(errorMessage(answer.error, locale));
  }, [locale]);
  // Listed again once a new backup folder is saved, so the folder and its backups shown are the new ones.
  const savedFolder = useSavedPreferences()?.backupFolder;
  useEffect(() => {
    void load();
  }, [load, savedFolder]);
  useEffect(() => {
    // Said after the reload that follows a restore.
    const notice = sessionStorage.getItem('keepline.notice');
    if (notice) {
      sessionStorage.removeItem('keepline.notice');
      notify(notice);
    }
  }, [notify]);

  const backUpNow = async () => {
    setError(null);
    const answer = await backup.run('backups.create', {});
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return load();
    }
    notify(t('data.backups.taken', { name: answer.value.name }));
    await load();
  };

  return (
    <SettingsCard id="settings-backup-list" title={t('data.backups.title')}>
      <p className="muted">{t('data.backups.intro')}</p>
      {list && <p className="hint">{t('data.backups.folder', { folder: list.folder })}</p>}
      <div className="form-actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void backUpNow()}>
          <DatabaseBackup aria-hidden="true" size={16} />
          {busy ? t('data.working') : t('data.backups.now')}
        </button>
      </div>
      {backup.progress && (
        <JobProgress
          label={backupPhase(backup.progress) === 'checking' ? t('data.backups.checking') : t('data.backups.copying')}
          progress={backup.progress}
          percent
        />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      {/* The failure just met is said once, as the error above. */}
      {!error && list?.lastFailure && (
        <p className="form-error" role="alert">
          <TriangleExclamationPoint aria-hidden="true" size={16} />{' '}
          {backupFailureText(list.lastFailure, t, locale)}
        </p>
      )}
      {list && list.items.length === 0 && <p className="muted">{t('data.backups.empty')}</p>}
      {list && list.items.length > 0 && (
        <table className="data-table backup-table">
          <thead>
            <tr>
              <th scope="col">{t('data.backups.takenAt')}</th>
              <th scope="col">{t('data.backups.reason')}</th>
              <th scope="col" className="num">{t('data.backups.size')}</th>
              <th scope="col"><span className="sr-only">{t('data.backups.restore')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((backup) => (
              <tr key={backup.name} title={backup.name}>
                <td className="nowrap">{formatInstant(backup.takenAt, locale)}</td>
                <td>{backupReasonText(backup.reason, t)}</td>
                <td className="num">{sizeText(backup.bytes, locale)}</td>
                <td>
                  <button type="button" className="secondary small" onClick={() => setRestoring(backup)}>
                    <RotateCcw aria-hidden="true" size={14} />
                    {t('data.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title={t('data.backups.confirmTitle')}
          body={
            <>
              <p>{t('data.backups.confirmBody', { when: formatInstant(restoring.takenAt, locale) })}</p>
              {restoreStage && <RestoreProgress stage={restoreStage} />}
            </>
          }
          confirmLabel={t('data.backups.confirm')}
          danger
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            setRestoreStage({ job: null, checked: false });
            // The checks run as a job: followed while the restore is under way.
            const stopWatching = watchCurrentJob((job) =>
              // Once the checks were seen running and none runs, they have ended: the backup goes in place.
              setRestoreStage((stage) => (job?.method === 'backups.prepareRestore' ? { job, checked: false } : { job: stage?.job ?? null, checked: stage?.job != null })),
            );
            const answer = await call('backups.restore', { name: restoring.name });
            stopWatching();
            if (!answer.ok) {
              setRestoreStage(null);
              return errorMessage(answer.error, locale);
            }
            const { restored, safetyBackup, damagedKeptAt } = answer.value;
            sessionStorage.setItem(
              'keepline.notice',
              safetyBackup !== null ? t('data.backups.restored', { name: restored, safety: safetyBackup }) : t('data.backups.restoredDamaged', { name: restored, kept: damagedKeptAt ?? '' }),
            );
            // Every page reads the restored data afresh.
            location.reload();
            return null;
          }}
        />
      )}
    </SettingsCard>
  );
}
