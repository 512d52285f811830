import type { DatabaseHolder } from './db/database-holder.ts';
import type { SecretCipher } from './secrets/cipher.ts';
import { contract } from '#shared/contract.ts';
import type { ApiError, Envelope } from '#shared/errors.ts';
import type { Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';
import { isMethodName } from '#shared/methods.ts';
import type { CarrierShell } from './carriers/carrier-shell.ts';
import type { CoreConfig, HandlerContext } from './context.ts';
import { KeeplineError } from './errors.ts';
import { handlers } from './handlers/index.ts';
import type { Handler } from './handlers/types.ts';
import type { Clock, Logger } from './ports.ts';
import type { SettingsService } from './settings/settings-store.ts';
import { issuesFromZod } from './zod-issues.ts';
import { withRawIssues } from './records/raw-checks.ts';
import { isJobMethod } from '#shared/jobs.ts';
import type { JobControl } from './jobs/job-control.ts';
import { createJobRunner, type JobRunner } from './jobs/job-runner.ts';
import { inlineExecutor } from './jobs/inline-executor.ts';
import { sqliteCode, storageCause } from './db/storage-cause.ts';
import { damagedFile } from './backup/damaged-file.ts';
import type { BackgroundPlanner } from './reminders/background-plans.ts';

export interface DispatchDeps {
  database: DatabaseHolder;
  clock: Clock;
  logger: Logger;
  config: CoreConfig;
  settings: SettingsService;
  cipher: SecretCipher;
  /** Check every answer against its output schema too (tests and development). */
  checkOutputs?: boolean;
  carrierShell?: CarrierShell;
  /** Runs long methods (a worker thread in the app); by default they run in place. */
  jobs?: JobRunner;
  /** Plans the reminders an import left for after its commit (the main thread's; a job's worker has none). */
  planner?: BackgroundPlanner;
}

export interface DispatchOptions {
  locale?: Locale;
  /** Given when the call runs as a job (inside the job's executor). */
  job?: JobControl;
}

export type Dispatch = (method: string, rawInput: unknown, options?: DispatchOptions) => Promise<Envelope<unknown>>;

function storageError(error: unknown, writingJob: boolean, backupDir: string): KeeplineError | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  // Our own writing job's worker (an import, a bulk action) holds the write lock: refused at once, nothing
  // changed, try after it.
  if (writingJob && code.startsWith('SQLITE_BUSY')) return new KeeplineError('busy');
  const cause = storageCause(code);
  if (cause === 'damaged') return damagedFile(code, backupDir);
  return new KeeplineError('storage_failed', { detail: code, cause });
}

function toApiError(error: unknown, locale: Locale, logger: Logger, method: string, writingJob: boolean, backupDir: string): ApiError {
  if (error instanceof KeeplineError) return error.toApiError(locale);
  const storage = storageError(error, writingJob, backupDir);
  if (storage) {
    logger.error('storage failed', { method, code: storage.detail.detail });
    return storage.toApiError(locale);
  }
  logger.error('handler failed', { method, error: error instanceof Error ? error.stack : String(error) });
  return { code: 'internal', message: codeMessage('internal', locale) };
}

/**
 * The one entry point every transport calls: checks the method and input against the contract, runs the
 * handler, and answers with an envelope. Nothing is written unless the input is valid.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const jobs = deps.jobs ?? createJobRunner(inlineExecutor(() => dispatch), { offloads: false });
  const dispatch: Dispatch = async (method, rawInput, options = {}) => {
    const locale = options.locale ?? 'en';
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: codeMessage('unknown_method', locale, { method: String(method).slice(0, 60) }) } };
    }
    const schemas = contract[method];
    const parsed = schemas.input.safeParse(rawInput ?? {}, { reportInput: true });
    if (!parsed.success) {
      const error = new KeeplineError('invalid_input', {}, withRawIssues(method, rawInput, issuesFromZod(parsed.error.issues)));
      return { ok: false, error: error.toApiError(locale) };
    }
    if (jobs.offloads && options.job === undefined && isJobMethod(method)) return jobs.run({ method, input: rawInput ?? {}, locale });
    const ctx: HandlerContext = {
      db: deps.database.current,
      database: deps.database,
      clock: deps.clock,
      logger: deps.logger,
      config: deps.config,
      settings: deps.settings,
      cipher: deps.cipher,
      locale,
      carrierShell: deps.carrierShell,
      jobs,
      ...(deps.planner ? { planner: deps.planner } : {}),
      ...(options.job ? { job: options.job } : {}),
    };
    try {
      const handler = handlers[method] as Handler<typeof method>;
      const value = await handler(parsed.data as never, ctx);
      if (deps.checkOutputs) schemas.output.parse(value);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error, locale, deps.logger, method, jobs.writing, deps.database.backupDir()) };
    }
  };
  return dispatch;
}
