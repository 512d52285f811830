// Long work must not block: while an import, a big export, a bulk action on every number, the re-plan of
// every reminder or a restore's checks run as a job (in its worker thread), the main thread keeps answering
// a simple call.
// Prints how fast it answered, for each kind of long work.
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startCore, type Core } from '#core/core.ts';
import { silentLogger } from '#core/ports.ts';
import { memorySettings } from '#core/settings/settings-store.ts';
import { clock } from './dataset.ts';
import { note } from './measure.ts';
import { SHEET_DEFAULT_COUNTRY, sheetCsv } from './sheet.ts';

const GOAL_MS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Times a simple call every few milliseconds until `ended` says the long work is over. */
async function answersMeanwhile(core: Core, label: string, ended: () => Promise<boolean>): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const latencies: number[] = [];
  const began = performance.now();
  loop.enable();
  for (;;) {
    const at = performance.now();
    const answer = await core.dispatch('app.info', {});
    latencies.push(performance.now() - at);
    if (!answer.ok) throw new Error(`app.info: ${answer.error.message}`);
    if (await ended()) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  loop.disable();
  const took = performance.now() - began;
  const sorted = latencies.sort((a, b) => a - b);
  const worst = sorted.at(-1) ?? 0;
  note(
    `API during ${label} (${(took / 1000).toFixed(1)} s)`,
    `${sorted.length} calls: median ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, ` +
      `worst ${worst.toFixed(1)} ms (longest event-loop stall ${(loop.max / 1e6).toFixed(1)} ms)   goal <= ${GOAL_MS} ms   ${worst <= GOAL_MS ? 'ok' : 'MISSES GOAL'}`,
  );
}

/** Runs `method` as a job (as the UI starts an import or a bulk action) and times a simple call until it ends. */
async function whileJobRuns(core: Core, label: string, method: string, input: unknown): Promise<void> {
  const started = await core.dispatch('jobs.start', { method, input });
  if (!started.ok) throw new Error(`${method}: ${started.error.message}`);
  const { jobId } = started.value as { jobId: string };
  await answersMeanwhile(core, label, async () => {
    const status = await core.dispatch('jobs.status', { jobId });
    if (!status.ok) throw new Error(status.error.message);
    const { state, error } = status.value as { state: string; error: { message: string } | null };
    if (state === 'failed') throw new Error(`${method}: ${error?.message}`);
    return state !== 'running' && state !== 'queued';
  });
}

/** Calls `method` directly (as the settings page saves) and times a simple call until it has answered. */
async function whileCallRuns(core: Core, label: string, method: string, input: unknown): Promise<void> {
  let answered = false;
  const call = core.dispatch(method, input).then((answer) => {
    answered = true;
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  });
  await answersMeanwhile(core, label, async () => answered);
  await call;
}

/** A core whose worker is already running, as the app's is after its start-up backup. */
async function openCore(file: string): Promise<Core> {
  const core = await startCore({ databaseFile: file, clock, logger: silentLogger, version: 'bench', settings: memorySettings(), dailyBackup: false, jobs: 'worker' });
  const warm = await core.dispatch('export.calendar', {});
  if (!warm.ok) throw new Error(`export.calendar: ${warm.error.message}`);
  return core;
}

/** `eventsFile`: the big data set's database; the import goes into a fresh one in `dir`. */
export async function benchResponsiveness(options: { dir: string; eventsFile: string; events: number; importRows: number }): Promise<void> {
  const importing = await openCore(path.join(options.dir, 'responsiveness-import.sqlite'));
  try {
    const csv = sheetCsv(options.importRows);
    await whileJobRuns(importing, `an import of ${options.importRows} rows`, 'import.sheetCommit', {
      fileName: 'numbers.csv',
      content: csv,
      encoding: 'text',
      defaultCountry: SHEET_DEFAULT_COUNTRY,
      skipInvalid: true,
    });
    // Its numbers' reminders are planned after it, on this thread, a hundred numbers per transaction.
    let planned = false;
    const planning = importing.plansSettled().then(() => (planned = true));
    await answersMeanwhile(importing, "that import's reminders, planned in the background", async () => planned);
    await planning;
  } finally {
    importing.close();
  }
  const exporting = await openCore(options.eventsFile);
  try {
    await whileJobRuns(exporting, `an export of ${options.events} events to CSV`, 'export.historyCsv', {});
    const numberIds = exporting.db.prepare('SELECT id FROM numbers').pluck().all() as number[];
    await whileJobRuns(exporting, `a bulk record of activity for all ${numberIds.length} numbers`, 'events.recordMany', { numberIds, activityType: 'call' });
    await whileCallRuns(exporting, 'a change of lead times (every reminder re-planned)', 'settings.update', { leadTimesDays: [21, 5, 1] });
    // A restore checks the backup and backs up the current state (two whole-file checks) in the worker.
    const backup = await exporting.dispatch('backups.create', {});
    if (!backup.ok) throw new Error(`backups.create: ${backup.error.message}`);
    const { name } = backup.value as { name: string };
    await whileCallRuns(exporting, `a restore of the ${options.events}-event file`, 'backups.restore', { name });
  } finally {
    exporting.close();
  }
}
