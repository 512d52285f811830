// Long work (imports, exports) runs as a job in the core: started, watched until it ends, cancellable.
// The answer is the same envelope a direct call would give.
import type { InputRaw, Output } from '#shared/contract.ts';
import type { Envelope } from '#shared/errors.ts';
import type { JobMethod, JobStatus } from '#shared/jobs.ts';
import { call } from './client.ts';
import { announceRemindersChanged, changesReminders } from './reminders-changed.ts';

export interface JobProgress {
  done: number;
  /** Null while the core is still reading and checking, before it knows how many rows there are. */
  total: number | null;
}

export interface JobOptions {
  onProgress?(progress: JobProgress): void;
  /** Aborting asks the core to stop; the answer then says `cancelled` (or done, if it had finished). */
  signal?: AbortSignal;
}

const POLL_MS = 150;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runJob<M extends JobMethod>(method: M, input: InputRaw<M>, options: JobOptions = {}): Promise<Envelope<Output<M>>> {
  const answer = await watchJob(method, input, options);
  // Started through `jobs.start`, so the client's own announcement does not name it.
  if (answer.ok && changesReminders(method)) announceRemindersChanged();
  return answer;
}

async function watchJob<M extends JobMethod>(method: M, input: InputRaw<M>, options: JobOptions): Promise<Envelope<Output<M>>> {
  const started = await call('jobs.start', { method, input });
  if (!started.ok) return started;
  const { jobId } = started.value;
  let cancelSent = false;
  for (let wait = 40; ; wait = POLL_MS) {
    if (options.signal?.aborted && !cancelSent) {
      cancelSent = true;
      await call('jobs.cancel', { jobId });
    }
    await pause(wait);
    const status = await call('jobs.status', { jobId });
    if (!status.ok) return status;
    const { state, done, total, result, error } = status.value;
    if (state === 'done') return { ok: true, value: result as Output<M> };
    if (error) return { ok: false, error };
    options.onProgress?.({ done, total });
  }
}

/**
 * Watches the job running now, whoever started it (a restore runs its checks as one), until the returned
 * function is called: `onStatus` hears it, or null while none runs.
 */
export function watchCurrentJob(onStatus: (job: JobStatus | null) => void): () => void {
  let watching = true;
  void (async () => {
    while (watching) {
      const answer = await call('jobs.current', {});
      if (watching && answer.ok) onStatus(answer.value.job);
      await pause(POLL_MS * 2);
    }
  })();
  return () => {
    watching = false;
  };
}
