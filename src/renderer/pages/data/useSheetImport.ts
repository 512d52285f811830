// The import flow: choose a file, preview it (again after every change of mapping or options), commit or
// cancel. A cancelled or superseded preview is ignored when it answers, so cancel is immediate and nothing
// is written until "Import" is pressed. The import itself runs as a job with progress; cancelling it rolls
// the whole import back.
import { useRef, useState } from 'react';
import type { InputRaw } from '#shared/contract.ts';
import type { SheetPreview } from '#shared/sheet-import.ts';
import { useJob } from '../../api/useJob.ts';
import { readChosenFile } from '../../api/download.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

export type SheetOptions = Pick<InputRaw<'import.sheetPreview'>, 'mapping' | 'dateOrder' | 'defaultCountry' | 'defaultCurrency' | 'existing' | 'carrierRules'>;

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface LoadedFile {
  fileName: string;
  content: string;
  encoding: 'text' | 'base64';
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'preview'; file: LoadedFile; preview: SheetPreview; busy: boolean }
  | { phase: 'json'; file: LoadedFile }
  | { phase: 'committing'; fileName: string }
  | { phase: 'done'; summary: { created: number; updated: number; unchanged: number; skipped: number; invalid: number; backup: string } | { json: { created: number; skipped: number; events: number } } };

export function useSheetImport() {
  const locale = useLocale();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [options, setOptions] = useState<SheetOptions>({
    mapping: null,
    dateOrder: null,
    defaultCountry: null,
    defaultCurrency: null,
    existing: 'skip',
    carrierRules: true,
  });
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const job = useJob();
  const checking = useJob();

  const preview = async (file: LoadedFile, next: SheetOptions) => {
    const mine = ++ticket.current;
    setError(null);
    setState((current) => (current.phase === 'preview' ? { ...current, busy: true } : { phase: 'reading', fileName: file.fileName }));
    // The preview this one replaces stops in the core at once, rather than checking its rows to the end.
    checking.cancel();
    const answer = await checking.run('import.sheetPreview', { ...file, ...next });
    if (mine !== ticket.current) return;
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      setState((current) => (current.phase === 'preview' ? { ...current, busy: false } : { phase: 'idle' }));
      return;
    }
    setState({ phase: 'preview', file, preview: answer.value, busy: false });
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const mine = ++ticket.current;
    setError(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setError('tooBig');
      return;
    }
    setState({ phase: 'reading', fileName: chosen.name });
    const read = await readChosenFile(chosen);
    if (mine !== ticket.current) return;
    const file = { fileName: chosen.name, ...read };
    if (/\.json$/i.test(chosen.name)) {
      setState({ phase: 'json', file });
      return;
    }
    const fresh: SheetOptions = { ...options, mapping: null, dateOrder: null };
    setOptions(fresh);
    await preview(file, fresh);
  };

  const change = (patch: Partial<SheetOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    if (state.phase === 'preview') void preview(state.file, next);
  };

  const commit = async (skipInvalid: boolean) => {
    if (state.phase !== 'preview' && state.phase !== 'json') return;
    const file = state.file;
    const mine = ++ticket.current;
    setError(null);
    setState({ phase: 'committing', fileName: file.fileName });
    if (state.phase === 'json') {
      const answer = await job.run('import.json', { content: file.content });
      if (mine !== ticket.current) return;
      if (!answer.ok) {
        setError(errorMessage(answer.error, locale));
        setState({ phase: 'json', file });
        return;
      }
      setState({ phase: 'done', summary: { json: answer.value } });
      return;
    }
    const answer = await job.run('import.sheetCommit', { ...file, ...options, skipInvalid });
    if (mine !== ticket.current) return;
    if (!answer.ok && answer.error.code === 'cancelled') {
      // Rolled back: back to the preview, as it was, with the reason.
      setError(errorMessage(answer.error, locale));
      setState(state);
      return;
    }
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      await preview(file, options);
      return;
    }
    setState({ phase: 'done', summary: answer.value });
  };

  /** Before the commit: forget the file; nothing was written. */
  const cancel = () => {
    ticket.current += 1;
    checking.cancel();
    setError(null);
    setState({ phase: 'idle' });
  };

  return { state, options, error, choose, change, commit, cancel, progress: job.progress, cancelImport: job.cancel, checking: checking.progress };
}
