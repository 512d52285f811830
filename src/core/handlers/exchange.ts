import { takeBackup } from '../backup/take-backup.ts';
import type { HandlerContext } from '../context.ts';
import type { EventRow } from '../db/events-repo.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { listNumberRows } from '../db/numbers-repo.ts';
import { searchDigits } from '../domain/phone.ts';
import { invalidField } from '../errors.ts';
import { deadlinesCalendar } from '../export/calendar.ts';
import { historyCsv, type HistoryRow } from '../export/history-csv.ts';
import { keeplineJson } from '../export/json-export.ts';
import { numbersCsv } from '../export/numbers-csv.ts';
import { importKeeplineJson, parseKeeplineJson } from '../import/json-import.ts';
import { numberSummary } from '../records/views.ts';
import { dueSoonDays, requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';

function fileStamp(ctx: HandlerContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

/** The numbers a list with the same filter shows, so "export the current filter" exports what is seen. */
function filteredRows(ctx: HandlerContext, filter: { search: string; includeArchived: boolean; status: string[] }): NumberRow[] {
  const search = filter.search.trim();
  const rows = listNumberRows(ctx.db, { text: search, digits: searchDigits(search), includeArchived: filter.includeArchived });
  if (filter.status.length === 0) return rows;
  const now = ctx.clock.now();
  return rows.filter((row) => filter.status.includes(numberSummary(row, now, dueSoonDays(ctx)).status.state));
}

export const exchangeHandlers = {
  'export.numbersCsv': (filter, ctx) => ({
    fileName: `keepline-numbers-${fileStamp(ctx)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    content: numbersCsv(filteredRows(ctx, filter)),
  }),

  'export.historyCsv': ({ numberId }, ctx) => {
    if (numberId !== null) requireNumber(ctx, numberId);
    const rows = ctx.db
      .prepare(
        `SELECT e.*, n.e164 AS e164, n.label AS label FROM events e JOIN numbers n ON n.id = e.number_id
         ${numberId === null ? '' : 'WHERE e.number_id = @numberId'} ORDER BY e.occurred_on, e.id`,
      )
      .all(numberId === null ? {} : { numberId }) as (EventRow & HistoryRow)[];
    return { fileName: `keepline-history-${fileStamp(ctx)}.csv`, mimeType: 'text/csv;charset=utf-8', content: historyCsv(rows) };
  },

  'export.json': ({ includeSecrets, confirmSecrets }, ctx) => {
    // Secrets leave the encrypted store only when asked twice: ticked, then confirmed.
    if (includeSecrets && !confirmSecrets) throw invalidField('confirmSecrets', 'required');
    const rows = listNumberRows(ctx.db, { text: '', digits: '', includeArchived: true });
    return {
      fileName: `keepline-${fileStamp(ctx)}${includeSecrets ? '-with-secrets' : ''}.json`,
      mimeType: 'application/json',
      content: JSON.stringify(keeplineJson(ctx, rows, includeSecrets), null, 2),
    };
  },

  'export.calendar': (_input, ctx) => ({
    fileName: 'keepline-deadlines.ics',
    mimeType: 'text/calendar;charset=utf-8',
    content: deadlinesCalendar(listNumberRows(ctx.db, { text: '', digits: '', includeArchived: false }), ctx.settings.get().leadTimesDays, ctx.clock.now()),
  }),

  'import.json': async ({ content }, ctx) => {
    const data = parseKeeplineJson(content);
    const backup = await takeBackup(ctx.db, ctx.database.backupDir(), 'before-import', ctx.clock.now());
    return { ...importKeeplineJson(ctx, data), backup: backup.name };
  },
} satisfies Partial<Handlers>;
