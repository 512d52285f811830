import { takeBackup } from '../backup/take-backup.ts';
import type { HandlerContext } from '../context.ts';
import type { HistoryFilter } from '#shared/history-contract.ts';
import { listNumberRows } from '../db/numbers-repo.ts';
import { invalidField } from '../errors.ts';
import { checkDateRange } from '../history/date-range.ts';
import { deadlinesCalendar, type CalendarRow } from '../export/calendar.ts';
import { historyCsv, historyCsvRows } from '../export/history-csv.ts';
import { historyJson, historyJsonRows } from '../export/history-json.ts';
import { keeplineJson } from '../export/json-export.ts';
import { numbersCsv } from '../export/numbers-csv.ts';
import { numbersFileName } from '../export/file-names.ts';
import type { OnProgress } from '../export/progress.ts';
import { importKeeplineJson, parseKeeplineJson } from '../import/json-import.ts';
import { numbersMatching, requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';

function fileStamp(ctx: HandlerContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

/** A history export of a number that does not exist, or of reversed dates, is an error, not an empty file. */
function checkedHistoryFilter(ctx: HandlerContext, filter: HistoryFilter): HistoryFilter {
  if (filter.numberId !== undefined) requireNumber(ctx, filter.numberId);
  return checkDateRange(filter);
}

/** Active numbers whose deadline has not passed, soonest first: only the columns the calendar writes. */
function upcomingDeadlines(ctx: HandlerContext, now: Date): CalendarRow[] {
  return ctx.db
    .prepare(
      `SELECT e164, label, carrier, time_zone, deadline_on, deadline_ends_at FROM numbers
       WHERE archived = 0 AND deadline_ends_at > ? ORDER BY deadline_ends_at, id`,
    )
    .all(now.toISOString()) as CalendarRow[];
}

/** When the export runs as a job, its progress goes to the job (which also stops it when cancelled). */
function progressOf(ctx: HandlerContext): OnProgress | undefined {
  const job = ctx.job;
  return job ? (done, total) => job.step(done, total) : undefined;
}

export const exchangeHandlers = {
  'export.numbersCsv': ({ sort, ...filter }, ctx) => ({
    fileName: numbersFileName(fileStamp(ctx), filter, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    content: numbersCsv(numbersMatching(ctx, filter, sort), progressOf(ctx)),
  }),

  'export.historyCsv': (filter, ctx) => ({
    fileName: `keepline-history-${fileStamp(ctx)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    content: historyCsv(historyCsvRows(ctx.db, checkedHistoryFilter(ctx, filter)), progressOf(ctx)),
  }),

  'export.historyJson': (filter, ctx) => ({
    fileName: `keepline-history-${fileStamp(ctx)}.json`,
    mimeType: 'application/json',
    content: historyJson(historyJsonRows(ctx.db, checkedHistoryFilter(ctx, filter)), ctx.clock.now().toISOString(), progressOf(ctx)),
  }),

  'export.json': ({ includeSecrets, confirmSecrets, filter }, ctx) => {
    // Secrets leave the encrypted store only when asked twice: ticked, then confirmed.
    if (includeSecrets && !confirmSecrets) throw invalidField('confirmSecrets', 'required');
    const rows = filter ? numbersMatching(ctx, filter) : listNumberRows(ctx.db, { text: '', digits: '', includeArchived: true });
    return {
      fileName: numbersFileName(fileStamp(ctx), filter, 'json', includeSecrets ? '-with-secrets' : ''),
      mimeType: 'application/json',
      content: JSON.stringify(keeplineJson(ctx, rows, includeSecrets, progressOf(ctx)), null, 2),
    };
  },

  'export.calendar': (_input, ctx) => {
    const now = ctx.clock.now();
    return {
      fileName: 'keepline-deadlines.ics',
      mimeType: 'text/calendar;charset=utf-8',
      content: deadlinesCalendar(upcomingDeadlines(ctx, now), ctx.settings.get().leadTimesDays, now, ctx.locale, progressOf(ctx)),
    };
  },

  'import.json': async ({ content }, ctx) => {
    const data = parseKeeplineJson(content);
    const backup = await takeBackup(ctx.db, ctx.database.backupDir(), 'before-import', ctx.clock.now());
    return { ...importKeeplineJson(ctx, data), backup: backup.name };
  },
} satisfies Partial<Handlers>;
