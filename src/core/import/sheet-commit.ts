// Writes a planned spreadsheet import: one transaction, after a backup; any failure leaves nothing behind.
import type { Input, Output } from '#shared/contract.ts';
import { takeBackup } from '../backup/take-backup.ts';
import type { HandlerContext } from '../context.ts';
import { writeNumberRow } from '../db/numbers-repo.ts';
import { invalidField } from '../errors.ts';
import { checkNumberInput } from '../records/number-input.ts';
import { insertNumber, withDeadline } from '../handlers/numbers.ts';
import { planAfterCommit, replanReminders } from '../reminders/replan.ts';
import { planRow, planSheet, readPlannedRow, updatedColumns, type PlannedRow, type SheetPlan } from './sheet-plan.ts';
import { findNumberByE164 } from '../db/numbers-repo.ts';
import { withCachedStatements } from '../db/cached-statements.ts';
import { changeStamp } from '../db/change-stamp.ts';
import { stepEvery } from '../jobs/job-control.ts';

type CommitInput = Input<'import.sheetCommit'>;
type CommitOutput = Output<'import.sheetCommit'>;

function writeRow(ctx: HandlerContext, row: PlannedRow, now: string): 'created' | 'updated' {
  const input = row.input!;
  if (row.existing === null) {
    planAfterCommit(ctx, insertNumber(ctx, input, row.parsed ?? checkNumberInput(input), { archived: row.archived === true, createdAt: now }), now);
    return 'created';
  }
  const existing = row.existing;
  const next = withDeadline(ctx, { ...existing, ...updatedColumns(input, existing, row), updated_at: now, revision: existing.revision + 1 });
  writeNumberRow(ctx.db, next);
  replanReminders(ctx, existing.id);
  return 'updated';
}

/** A number created while the backup ran is updated or skipped like any existing one, never duplicated. */
function addedMeanwhile(ctx: HandlerContext, plan: SheetPlan, row: PlannedRow): PlannedRow {
  if (row.action !== 'create' || row.parsed === null || !findNumberByE164(ctx.db, row.parsed.e164)) return row;
  const cells = plan.table.rows.find((candidate) => candidate.line === row.line)?.cells ?? [];
  return planRow(plan.context, row.line, readPlannedRow(plan.context, cells), new Map());
}

export async function commitSheet(ctx: HandlerContext, options: CommitInput): Promise<CommitOutput> {
  const fast: HandlerContext = { ...ctx, db: withCachedStatements(ctx.db) };
  // While the rows are checked the bar has no count yet (the writing has its own), but Cancel already works.
  const checking = stepEvery(ctx.job && { step: () => ctx.job!.step(0, null) });
  const plan = await planSheet(fast.db, options, ctx.locale, checking);
  const plannedAt = changeStamp(ctx.db);
  if (plan.dates.needed) throw invalidField('dateOrder', 'date_order_needed');
  const invalid = plan.rows.filter((row) => row.action === 'invalid').length;
  if (invalid > 0 && !options.skipInvalid) throw invalidField('skipInvalid', 'invalid_rows', { count: invalid });
  const backup = await takeBackup(ctx.db, ctx.database.backupDir(), 'before-import', ctx.clock.now());
  const now = ctx.clock.now().toISOString();
  const step = stepEvery(ctx.job);
  const result = fast.db.transaction(() => {
    // Numbers added since the plan was made (while the backup ran) are looked for only if anything changed.
    const unchanged = changeStamp(ctx.db) === plannedAt;
    const result: CommitOutput = { created: 0, updated: 0, unchanged: 0, skipped: 0, invalid: 0, backup: backup.name };
    for (const [index, planned] of plan.rows.entries()) {
      // Cancelling throws here, inside the transaction: every row written so far is rolled back.
      step(index, plan.rows.length);
      const row = unchanged ? planned : addedMeanwhile(fast, plan, planned);
      if (row.action === 'skip') result.skipped += 1;
      else if (row.action === 'unchanged') result.unchanged += 1;
      else if (row.action === 'invalid') result.invalid += 1;
      else if (writeRow(fast, row, now) === 'created') result.created += 1;
      else result.updated += 1;
    }
    step(plan.rows.length, plan.rows.length);
    return result;
  }).immediate();
  // In a job's worker there is none: the main thread plans them once the job has ended (core.ts).
  ctx.planner?.kick();
  return result;
}

