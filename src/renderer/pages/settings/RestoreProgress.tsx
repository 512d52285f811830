import { useTranslation } from 'react-i18next';
import type { JobStatus } from '#shared/jobs.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { backupPhase } from './backupPhase.ts';

/** Where a restore is: what its job (the checks and the safety backup) last said, and whether it has ended. */
export interface RestoreStage {
  job: JobStatus | null;
  /** The checks have run and ended: the backup is being put in place. */
  checked: boolean;
}

/**
 * A restore of an agency's file takes half a minute: the chosen backup checked whole, today's data backed
 * up and that copy checked, then the backup put in place. Each step is named; the copy says how far it is.
 */
export function RestoreProgress({ stage }: { stage: RestoreStage }) {
  const { t } = useTranslation();
  const job = stage.job;
  const phase = job === null ? 'starting' : backupPhase(job);
  const label = stage.checked
    ? t('data.backups.restoreSwapping')
    : { starting: t('data.backups.restoreChecking'), copying: t('data.backups.restoreSaving'), checking: t('data.backups.restoreCheckingSafety') }[phase];
  const progress = job !== null && !stage.checked ? { done: job.done, total: job.total } : { done: 0, total: null };
  return <JobProgress label={label} progress={progress} percent />;
}
