import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Envelope } from '#shared/errors.ts';
import { saveFile, type FileToSave } from '../../api/download.ts';
import { useJob } from '../../api/useJob.ts';
import { useNotify } from '../../app/notices.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

type RunJob = ReturnType<typeof useJob>['run'];

/**
 * Runs an export as a job (in the core's worker, with progress and cancel) and saves the file it answers.
 * `busy` names the export running (one at a time), `error` says why the last one failed or was cancelled;
 * `download` also answers that error, for a dialog that shows it itself.
 */
export function useDownload() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const job = useJob();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = useCallback(
    async (which: string, request: (run: RunJob) => Promise<Envelope<FileToSave>>): Promise<ApiError | null> => {
      setBusy(which);
      setError(null);
      const answer = await request(job.run);
      setBusy(null);
      if (!answer.ok) {
        setError(errorMessage(answer.error, locale));
        return answer.error;
      }
      saveFile(answer.value);
      notify(t('data.export.downloaded', { file: answer.value.fileName }));
      return null;
    },
    [job.run, locale, notify, t],
  );
  return { busy, error, download, progress: job.progress, cancel: job.cancel };
}

/** The running export's bar, "1,234 of 10,000" and Cancel; nothing when none runs. */
export function DownloadProgress({ exports }: { exports: ReturnType<typeof useDownload> }) {
  const { t } = useTranslation();
  if (exports.busy === null || exports.progress === null) return null;
  return <JobProgress label={t('data.export.exporting')} progress={exports.progress} onCancel={exports.cancel} />;
}
