// The messages between the main thread and the job worker.
import type { MessagePort } from 'node:worker_threads';
import type { Envelope } from '#shared/errors.ts';
import type { Locale } from '#shared/locale.ts';
import type { Settings } from '#shared/settings.ts';
import type { JobMethod } from '#shared/jobs.ts';
import type { SecretCipher } from '../secrets/cipher.ts';

export interface WorkerStart {
  databaseFile: string;
  version: string;
  checkOutputs: boolean;
  protection: SecretCipher['protection'];
  /** The worker's end of the cipher channel, and the word it waits on (see sync-cipher.ts). */
  cipherPort: MessagePort;
  cipherSignal: SharedArrayBuffer;
}

/** One job, with what the main thread knows at its start: the time, the user's zone and settings. */
export interface RunMessage {
  type: 'run';
  jobId: string;
  method: JobMethod;
  input: unknown;
  locale: Locale;
  now: string;
  zone: string | null;
  settings: Settings;
  backupDir: string;
  /** Set to 1 by the main thread to cancel; read by the worker at each step. */
  cancelFlag: SharedArrayBuffer;
}

export type FromWorker =
  | { type: 'progress'; jobId: string; done: number; total: number | null }
  | { type: 'done'; jobId: string; envelope: Envelope<unknown> }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; detail?: Record<string, unknown> };
