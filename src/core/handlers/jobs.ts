import { contract } from '#shared/contract.ts';
import type { JobStatus } from '#shared/jobs.ts';
import { KeeplineError } from '../errors.ts';
import { issuesFromZod } from '../zod-issues.ts';
import { withRawIssues } from '../records/raw-checks.ts';
import type { Handlers } from './types.ts';

function found(status: JobStatus | null): JobStatus {
  if (!status) throw new KeeplineError('not_found', { what: 'job' });
  return status;
}

export const jobHandlers = {
  'jobs.start': ({ method, input }, ctx) => {
    // The job's own input is checked now, so a mistake is told at once rather than as a failed job.
    const parsed = contract[method].input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) {
      const issues = withRawIssues(method, input, issuesFromZod(parsed.error.issues));
      throw new KeeplineError('invalid_input', {}, issues.map((issue) => ({ ...issue, field: `input.${issue.field}` })));
    }
    return { jobId: ctx.jobs.start({ method, input: input ?? {}, locale: ctx.locale }) };
  },
  'jobs.status': ({ jobId }, ctx) => found(ctx.jobs.status(jobId)),
  'jobs.current': (_input, ctx) => ({ job: ctx.jobs.current() }),
  'jobs.cancel': ({ jobId }, ctx) => found(ctx.jobs.cancel(jobId)),
} satisfies Partial<Handlers>;
