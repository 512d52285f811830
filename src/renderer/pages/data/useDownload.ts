import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Envelope } from '#shared/errors.ts';
import { saveFile, type FileToSave } from '../../api/download.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

/**
 * Runs an export and saves the file it answers. `busy` names the export running (one at a time), `error` says
 * why the last one failed; `download` also answers that error, for a dialog that shows it itself.
 */
export function useDownload() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = useCallback(
    async (which: string, request: () => Promise<Envelope<FileToSave>>): Promise<ApiError | null> => {
      setBusy(which);
      setError(null);
      const answer = await request();
      setBusy(null);
      if (!answer.ok) {
        setError(errorMessage(answer.error, locale));
        return answer.error;
      }
      saveFile(answer.value);
      notify(t('data.export.downloaded', { file: answer.value.fileName }));
      return null;
    },
    [locale, notify, t],
  );
  return { busy, error, download };
}
