import { fieldMessage } from '#shared/messages.ts';
import type { SheetRow } from '#shared/sheet-import.ts';
import { invalidRowsCsv, invalidRowsFileName } from '../import/invalid-rows-csv.ts';
import { commitSheet } from '../import/sheet-commit.ts';
import { planSheet, type PlannedRow } from '../import/sheet-plan.ts';
import { withCachedStatements } from '../db/cached-statements.ts';
import type { HandlerContext } from '../context.ts';
import { stepEvery } from '../jobs/job-control.ts';
import type { Handlers } from './types.ts';

/** Parts of a field that a sheet holds in a column of their own. */
const OWN_COLUMNS = new Set(['currency', 'cardExpiry']);

/** Which column a field came from: `planCost.currency` is the currency column when there is one. */
function columnOf(field: string, headers: string[], mapping: (string | null)[]): string | null {
  const [top, sub] = field.split('.');
  const own = sub !== undefined && OWN_COLUMNS.has(sub) ? mapping.indexOf(sub) : -1;
  const index = own >= 0 ? own : mapping.indexOf(top ?? '');
  return index < 0 ? null : (headers[index] ?? null);
}

function rowView(ctx: HandlerContext, row: PlannedRow, headers: string[], mapping: (string | null)[]): SheetRow {
  return {
    line: row.line,
    action: row.action,
    phone: row.phone,
    label: row.label,
    issues: row.issues.map((issue) => ({
      field: issue.field,
      column: columnOf(issue.field, headers, mapping),
      reason: issue.reason,
      message: fieldMessage(issue.field, issue.reason, ctx.locale, issue.detail),
    })),
  };
}

export const sheetImportHandlers = {
  'import.sheetPreview': async (options, ctx) => {
    const plan = await planSheet(withCachedStatements(ctx.db), options, ctx.locale, stepEvery(ctx.job));
    const { headers, rows } = plan.table;
    const counts = { create: 0, update: 0, unchanged: 0, skip: 0, invalid: 0 };
    let carrierRules = 0;
    for (const row of plan.rows) {
      counts[row.action] += 1;
      if (row.carrierRules) carrierRules += 1;
    }
    return {
      format: plan.table.format,
      charset: plan.table.charset,
      columns: headers.map((header, index) => ({
        index,
        header,
        field: plan.mapping[index] ?? null,
        samples: rows.slice(0, 3).map((row) => row.cells[index] ?? ''),
      })),
      dates: plan.dates,
      rows: plan.rows.map((row) => rowView(ctx, row, headers, plan.mapping)),
      counts,
      carrierRules,
    };
  },

  'import.sheetInvalidCsv': async (options, ctx) => {
    const plan = await planSheet(withCachedStatements(ctx.db), options, ctx.locale, stepEvery(ctx.job));
    const invalid = plan.rows.filter((row) => row.action === 'invalid').map((row) => rowView(ctx, row, plan.table.headers, plan.mapping));
    return { fileName: invalidRowsFileName(options.fileName), mimeType: 'text/csv;charset=utf-8', content: invalidRowsCsv(plan.table, invalid, ctx.locale) };
  },

  'import.sheetCommit': (options, ctx) => commitSheet(ctx, options),
} satisfies Partial<Handlers>;
