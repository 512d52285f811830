// The job worker: its own connection to the same database (WAL lets the main thread read meanwhile), and
// the same dispatch the main thread has, so a job runs exactly the code a direct call would.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '#shared/settings.ts';
import { withCachedStatements } from '../db/cached-statements.ts';
import { openDatabase } from '../db/open.ts';
import { createDispatch } from '../dispatch.ts';
import { KeeplineError } from '../errors.ts';
import type { Logger } from '../ports.ts';
import type { SettingsService } from '../settings/settings-store.ts';
import { cancelledError, type JobControl } from './job-control.ts';
import { remoteCipher } from './sync-cipher.ts';
import type { FromWorker, RunMessage, WorkerStart } from './worker-protocol.ts';

const start = workerData as WorkerStart;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const logger: Logger = {
  info: (message, detail) => send({ type: 'log', level: 'info', message, ...(detail ? { detail } : {}) }),
  warn: (message, detail) => send({ type: 'log', level: 'warn', message, ...(detail ? { detail } : {}) }),
  error: (message, detail) => send({ type: 'log', level: 'error', message, ...(detail ? { detail } : {}) }),
};

// What the main thread knew when the current job started.
let job: RunMessage | null = null;
const now = () => new Date(job?.now ?? Date.now());
const settings: SettingsService = {
  recoveredFrom: null,
  get: () => job!.settings,
  update(): Settings {
    throw new Error('settings cannot change inside a job');
  },
};

const clock = { now, zone: () => job?.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone };
const db = withCachedStatements(
  await openDatabase({ file: start.databaseFile, backupDir: path.join(path.dirname(start.databaseFile), 'backups'), clock, logger }),
);
const dispatch = createDispatch({
  database: {
    current: db,
    file: start.databaseFile,
    backupDir: () => job!.backupDir,
    replace: () => Promise.reject(new KeeplineError('busy')),
  },
  clock,
  logger,
  config: { version: start.version, databasePath: start.databaseFile },
  settings,
  cipher: remoteCipher(start.protection, start.cipherPort, start.cipherSignal),
  checkOutputs: start.checkOutputs,
});

/** Progress goes out at most every 100 ms; cancel is a shared word the main thread sets. */
function controlFor(run: RunMessage): JobControl {
  const cancel = new Int32Array(run.cancelFlag);
  let sentAt = 0;
  return {
    step(done, total) {
      if (Atomics.load(cancel, 0) === 1) throw cancelledError();
      const at = performance.now();
      if (at - sentAt >= 100 || done === total) {
        sentAt = at;
        send({ type: 'progress', jobId: run.jobId, done, total });
      }
    },
  };
}

port.on('message', (run: RunMessage) => {
  job = run;
  void dispatch(run.method, run.input, { locale: run.locale, job: controlFor(run) }).then((envelope) => {
    job = null;
    send({ type: 'done', jobId: run.jobId, envelope });
  });
});
