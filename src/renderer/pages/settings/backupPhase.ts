import type { JobProgress } from '../../api/jobs.ts';

/**
 * Where a backup job is, from its progress (take-backup.ts reports it so): nothing known yet, pages being
 * copied (a total), or every page copied and the copy being checked (pages done, no total).
 */
export function backupPhase(progress: JobProgress): 'starting' | 'copying' | 'checking' {
  if (progress.total !== null) return 'copying';
  return progress.done > 0 ? 'checking' : 'starting';
}
