import { useCallback, useRef, useState } from 'react';
import type { InputRaw, Output } from '#shared/contract.ts';
import type { Envelope } from '#shared/errors.ts';
import type { JobMethod } from '#shared/jobs.ts';
import { runJob, type JobProgress } from './jobs.ts';

/**
 * One job at a time for a component: its progress while it runs, and a cancel for the button. Starting
 * another while one runs leaves the first to its caller (cancel it first if it is no longer wanted).
 */
export function useJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(async <M extends JobMethod>(method: M, input: InputRaw<M>): Promise<Envelope<Output<M>>> => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: null });
    // A job started after this one (a preview superseding the last) owns the progress from then on.
    const mine = () => abort.current === controller;
    try {
      return await runJob(method, input, { signal: controller.signal, onProgress: (next) => mine() && setProgress(next) });
    } finally {
      if (mine()) {
        abort.current = null;
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, running: progress !== null, run, cancel };
}
