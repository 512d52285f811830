// Jobs: long methods run one at a time by an executor (a worker thread in the app, in-process for tests),
// watched through their status, cancellable. Finished jobs keep their state; an answer is handed out once.
import type { Envelope } from '#shared/errors.ts';
import type { JobMethod, JobStatus } from '#shared/jobs.ts';
import { WRITING_JOB_METHODS } from '#shared/jobs.ts';
import type { Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';

export interface JobRequest {
  method: JobMethod;
  /** As the caller sent it, already checked against the method's schema. */
  input: unknown;
  locale: Locale;
}

export interface RunningJob {
  result: Promise<Envelope<unknown>>;
  /** Asks the job to stop at its next step. */
  cancel(): void;
}

export type JobExecutor = (request: JobRequest, progress: (done: number, total: number | null) => void) => RunningJob;

export interface JobRunner {
  /** True when direct calls of long methods are sent to the executor (a worker) rather than run in place. */
  readonly offloads: boolean;
  /** True while a job runs or waits. */
  readonly active: boolean;
  /** True while a writing job (an import) runs: it holds the database's write lock. */
  readonly writing: boolean;
  start(request: JobRequest): string;
  /** Runs a job and waits for its answer, as a direct call of a long method does. */
  run(request: JobRequest): Promise<Envelope<unknown>>;
  status(jobId: string): JobStatus | null;
  /** The job running now, started by a caller or by a method for its slow part (a restore's checks); no answer. */
  current(): JobStatus | null;
  cancel(jobId: string): JobStatus | null;
  close(): Promise<void>;
}

export interface RunnerOptions {
  offloads: boolean;
  /** Told when a writing job (an import) starts and ends. */
  onWriting?(writing: boolean): void;
  close?(): Promise<void>;
}

interface JobRecord {
  status: JobStatus;
  request: JobRequest;
  running: RunningJob | null;
  cancelRequested: boolean;
  settle: (envelope: Envelope<unknown>) => void;
}

const KEEP_FINISHED = 50;

function cancelledEnvelope(locale: Locale): Envelope<unknown> {
  return { ok: false, error: { code: 'cancelled', message: codeMessage('cancelled', locale) } };
}

export function createJobRunner(execute: JobExecutor, options: RunnerOptions): JobRunner {
  const jobs = new Map<string, JobRecord>();
  const queue: JobRecord[] = [];
  let current: JobRecord | null = null;
  let counter = 0;

  const prune = () => {
    const finished = [...jobs.values()].filter((job) => job.status.state !== 'queued' && job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.status.jobId);
  };

  const finish = (job: JobRecord, envelope: Envelope<unknown>) => {
    if (envelope.ok) job.status = { ...job.status, state: 'done', result: envelope.value, error: null };
    else job.status = { ...job.status, state: envelope.error.code === 'cancelled' ? 'cancelled' : 'failed', error: envelope.error };
    job.running = null;
    job.settle(envelope);
    prune();
  };

  const pump = () => {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    const writing = WRITING_JOB_METHODS.includes(job.request.method);
    if (writing) options.onWriting?.(true);
    job.status = { ...job.status, state: 'running' };
    job.running = execute(job.request, (done, total) => {
      job.status = { ...job.status, done, total };
    });
    if (job.cancelRequested) job.running.cancel();
    void job.running.result.then(
      (envelope) => envelope,
      (error: unknown) => ({ ok: false as const, error: { code: 'internal' as const, message: String(error) } }),
    ).then((envelope) => {
      if (writing) options.onWriting?.(false);
      current = null;
      finish(job, envelope);
      pump();
    });
  };

  const enqueue = (request: JobRequest): { job: JobRecord; answer: Promise<Envelope<unknown>> } => {
    counter += 1;
    let settle: (envelope: Envelope<unknown>) => void = () => {};
    const answer = new Promise<Envelope<unknown>>((resolve) => (settle = resolve));
    const job: JobRecord = {
      status: { jobId: `job-${counter}`, method: request.method, state: 'queued', done: 0, total: null, result: null, error: null },
      request,
      running: null,
      cancelRequested: false,
      settle,
    };
    jobs.set(job.status.jobId, job);
    queue.push(job);
    pump();
    return { job, answer };
  };

  return {
    offloads: options.offloads,
    get active() {
      return current !== null || queue.length > 0;
    },
    get writing() {
      return current !== null && WRITING_JOB_METHODS.includes(current.request.method);
    },
    start: (request) => enqueue(request).job.status.jobId,
    run: async (request) => {
      const { job, answer } = enqueue(request);
      const envelope = await answer;
      jobs.delete(job.status.jobId);
      return envelope;
    },
    status(jobId) {
      const job = jobs.get(jobId);
      if (!job) return null;
      const status = job.status;
      // The answer can be large (an export): handed out once, then forgotten.
      if (status.state === 'done') job.status = { ...status, result: null };
      return status;
    },
    current: () => (current ? { ...current.status, result: null } : null),
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return null;
      job.cancelRequested = true;
      if (job.status.state === 'queued') {
        queue.splice(queue.indexOf(job), 1);
        finish(job, cancelledEnvelope(job.request.locale));
      } else {
        job.running?.cancel();
      }
      return { ...job.status, result: null };
    },
    close: async () => {
      for (const job of queue.splice(0)) finish(job, cancelledEnvelope(job.request.locale));
      current?.running?.cancel();
      await options.close?.();
    },
  };
}
