// Long work (imports, exports, changes to a whole selection) as jobs: started, watched for progress,
// cancelled, their answer read when done. Spread into `contract` in contract.ts. The methods a job may run
// are the long ones only.
import * as z from 'zod';
import { ERROR_CODES, FIELD_REASONS } from './errors.ts';

/** Methods that can take seconds at agency scale (a backup checks the copy's integrity): they run off the main thread, as jobs or when called. */
export const JOB_METHODS = [
  'import.sheetPreview',
  'import.sheetInvalidCsv',
  'import.sheetCommit',
  'import.json',
  'export.numbersCsv',
  'export.historyCsv',
  'export.historyJson',
  'export.json',
  'export.calendar',
  'backups.create',
  'backups.ensureDaily',
  'backups.prepareRestore',
  // A bulk action on an agency's whole list (10,000 numbers) writes for one to three seconds.
  'numbers.bulkTag',
  'numbers.bulkUntag',
  'numbers.bulkArchive',
  'numbers.bulkCarrierRules',
  'events.recordMany',
  // New lead times re-plan every number's reminders: over a second for 10,000.
  'reminders.replanAll',
] as const;
export type JobMethod = (typeof JOB_METHODS)[number];

/** Of those, the ones that write: while one runs, other writes are refused at once (never waited for). */
export const WRITING_JOB_METHODS: readonly JobMethod[] = [
  'import.sheetCommit',
  'import.json',
  'numbers.bulkTag',
  'numbers.bulkUntag',
  'numbers.bulkArchive',
  'numbers.bulkCarrierRules',
  'events.recordMany',
  'reminders.replanAll',
];

export function isJobMethod(method: string): method is JobMethod {
  return (JOB_METHODS as readonly string[]).includes(method);
}

const JobError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
  reason: z.enum(FIELD_REASONS).optional(),
  issues: z
    .array(z.object({ field: z.string(), reason: z.enum(FIELD_REASONS), message: z.string(), detail: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
    .optional(),
});

export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JobId = z.string().regex(/^job-\d{1,12}$/);

export const JobStatus = z.object({
  jobId: JobId,
  method: z.enum(JOB_METHODS),
  state: z.enum(JOB_STATES),
  /** Rows (or items) handled so far, of `total`; total is null while it is not yet known. */
  done: z.int().nonnegative(),
  total: z.int().nonnegative().nullable(),
  /** The method's answer, once, when `state` is done (read it from here, it is not kept afterwards). */
  result: z.unknown().nullable(),
  error: JobError.nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;

const JobWhich = z.strictObject({ jobId: JobId });

export const jobsContract = {
  /** Starts a long method as a job; its input is checked against the method's own schema first. */
  'jobs.start': {
    errors: ['invalid_input'] as const,
    input: z.strictObject({ method: z.enum(JOB_METHODS), input: z.unknown().default({}) }),
    output: z.object({ jobId: JobId }),
  },
  'jobs.status': { errors: ['invalid_input', 'not_found'] as const, input: JobWhich, output: JobStatus },
  /** The job running now, whoever started it (a restore runs its checks as one): how far it is, never its answer. */
  'jobs.current': { errors: ['invalid_input'] as const, input: z.strictObject({}), output: z.object({ job: JobStatus.nullable() }) },
  /** Asks a running job to stop: an import then changes nothing; an answer already made is dropped. */
  'jobs.cancel': { errors: ['invalid_input', 'not_found'] as const, input: JobWhich, output: JobStatus },
};
