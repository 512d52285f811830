import { minorToText } from '#shared/money.ts';
import type { EventRow } from '../db/events-repo.ts';
import { toCsv } from './csv.ts';

export const HISTORY_COLUMNS = ['number', 'label', 'event', 'date', 'amount', 'currency', 'activity', 'method', 'reason', 'note', 'source', 'recorded_at'];

export type HistoryRow = EventRow & { e164: string; label: string };

export function historyCsv(rows: HistoryRow[]): string {
  return toCsv(
    HISTORY_COLUMNS,
    rows.map((row) => [
      row.e164,
      row.label,
      row.kind,
      row.occurred_on,
      row.amount_minor === null || row.currency === null ? null : minorToText(row.amount_minor, row.currency),
      row.currency,
      row.activity_type,
      row.method,
      row.reason,
      row.note,
      row.source,
      row.recorded_at,
    ]),
  );
}
