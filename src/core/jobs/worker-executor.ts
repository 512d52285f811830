// Runs jobs in a worker thread, started on the first job and kept for the next ones, so an import of
// 10,000 rows or an export of a million events never holds up the main thread (and the app's windows).
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Envelope } from '#shared/errors.ts';
import { codeMessage } from '#shared/messages.ts';
import type { Settings } from '#shared/settings.ts';
import type { Clock, Logger } from '../ports.ts';
import type { SecretCipher } from '../secrets/cipher.ts';
import type { JobExecutor } from './job-runner.ts';
import { serveCipher } from './sync-cipher.ts';
import type { FromWorker, RunMessage, WorkerStart } from './worker-protocol.ts';

export interface WorkerExecutorOptions {
  /** The worker's script: job-worker.ts from source (Node), job-worker.js beside the app's main bundle. */
  workerFile: URL | string;
  databaseFile: string;
  version: string;
  checkOutputs: boolean;
  cipher: SecretCipher;
  clock: Clock;
  logger: Logger;
  settings: () => Settings;
  backupDir: () => string;
}

interface Pending {
  jobId: string;
  progress: (done: number, total: number | null) => void;
  settle: (envelope: Envelope<unknown>) => void;
  locale: RunMessage['locale'];
}

export interface WorkerExecutor {
  execute: JobExecutor;
  /** Ends the worker (its database connection with it); the next job starts a fresh one. */
  stop(): Promise<void>;
}

export function workerExecutor(options: WorkerExecutorOptions): WorkerExecutor {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let counter = 0;
  let stopping = false;

  const failPending = (message: string) => {
    const job = pending;
    pending = null;
    options.logger.error('job worker failed', { message });
    job?.settle({ ok: false, error: { code: 'internal', message: codeMessage('internal', job.locale) } });
  };

  const spawn = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    const cipherSignal = new SharedArrayBuffer(4);
    serveCipher(options.cipher, port1, cipherSignal);
    port1.unref();
    const start: WorkerStart = {
      databaseFile: options.databaseFile,
      version: options.version,
      checkOutputs: options.checkOutputs,
      protection: options.cipher.protection,
      cipherPort: port2,
      cipherSignal,
    };
    const spawned = new Worker(options.workerFile, { workerData: start, transferList: [port2] });
    spawned.on('message', (message: FromWorker) => {
      if (message.type === 'log') options.logger[message.level](`[job] ${message.message}`, message.detail);
      else if (message.jobId !== pending?.jobId) return;
      else if (message.type === 'progress') pending.progress(message.done, message.total);
      else {
        const job = pending;
        pending = null;
        job.settle(message.envelope);
      }
    });
    spawned.on('error', (error) => failPending(error.stack ?? error.message));
    spawned.on('exit', (code) => {
      if (worker === spawned) worker = null;
      port1.close();
      // Stopped on purpose (quit, restore): the job is cancelled, not failed.
      if (pending && stopping) {
        const job = pending;
        pending = null;
        job.settle({ ok: false, error: { code: 'cancelled', message: codeMessage('cancelled', job.locale) } });
      } else if (pending) failPending(`the job worker stopped (exit code ${code})`);
    });
    // An idle worker must not keep the process (the web server, a test) alive.
    spawned.unref();
    return spawned;
  };

  const execute: JobExecutor = (request, progress) => {
    try {
      worker ??= spawn();
    } catch (error) {
      options.logger.error('job worker could not start', { error: String(error) });
      return { result: Promise.resolve({ ok: false, error: { code: 'internal', message: codeMessage('internal', request.locale) } }), cancel: () => {} };
    }
    worker.ref();
    counter += 1;
    const cancelFlag = new SharedArrayBuffer(4);
    const run: RunMessage = {
      type: 'run',
      jobId: `w${counter}`,
      method: request.method,
      input: request.input,
      locale: request.locale,
      now: options.clock.now().toISOString(),
      zone: options.clock.zone?.() ?? null,
      settings: options.settings(),
      backupDir: options.backupDir(),
      cancelFlag,
    };
    const current = worker;
    const result = new Promise<Envelope<unknown>>((resolve) => {
      pending = {
        jobId: run.jobId,
        progress,
        locale: request.locale,
        settle: (envelope) => {
          current.unref();
          resolve(envelope);
        },
      };
    });
    current.postMessage(run);
    return { result, cancel: () => Atomics.store(new Int32Array(cancelFlag), 0, 1) };
  };

  return {
    execute,
    async stop() {
      const running = worker;
      worker = null;
      if (!running) return;
      stopping = true;
      try {
        await running.terminate();
      } finally {
        stopping = false;
      }
    },
  };
}
