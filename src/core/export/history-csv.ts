import type Database from 'better-sqlite3';
import type { EventFilter } from '../history/history-query.ts';
import { amountText } from './amount-text.ts';
import { csvCell, csvStart } from './csv.ts';
import { selectEvents, type HistoryRows } from './history-rows.ts';
import { progressEvery, type OnProgress } from './progress.ts';

export const HISTORY_COLUMNS = ['number', 'label', 'event', 'date', 'amount', 'currency', 'activity', 'method', 'reason', 'note', 'source', 'recorded_at'];

/**
 * An event's cells as SQLite joins them. Kind, date, currency, activity, source and the recording time are
 * Keepline's own codes and ISO text (checked on every write), which never need quoting or escaping, so they
 * come joined with their commas: a few strings per row instead of twelve.
 */
export type HistoryCsvRow = [
  numberId: number,
  /** "renewal,2026-11-20," */
  kindAndDate: string,
  amountMinor: number | null,
  currency: string | null,
  /** ",KWD,," (currency, activity) */
  codes: string,
  method: string,
  reason: string,
  note: string,
  /** ",manual,2026-11-20T10:00:00.000Z\r\n" */
  sourceAndTime: string,
];

const CSV_COLUMNS = `e.number_id, e.kind || ',' || e.occurred_on || ',', e.amount_minor, e.currency,
  ',' || ifnull(e.currency, '') || ',' || ifnull(e.activity_type, '') || ',', e.method, e.reason, e.note,
  ',' || e.source || ',' || e.recorded_at || char(13, 10)`;

export function historyCsvRows(db: Database.Database, filter: EventFilter): HistoryRows<HistoryCsvRow> {
  return selectEvents<HistoryCsvRow>(db, filter, CSV_COLUMNS);
}

/** One line per event; each number's two cells are written once, not once per event. */
export function historyCsv({ numbers, events }: HistoryRows<HistoryCsvRow>, onProgress?: OnProgress): string {
  const progress = progressEvery(events.length, onProgress);
  const numberCells = new Map<number, string>();
  for (const [id, number] of numbers) numberCells.set(id, `${csvCell(number.e164)},${csvCell(number.label)},`);
  let text = csvStart(HISTORY_COLUMNS);
  for (let index = 0; index < events.length; index += 1) {
    const [numberId, kindAndDate, amountMinor, currency, codes, method, reason, note, sourceAndTime] = events[index]!;
    text += `${numberCells.get(numberId) ?? ',,'}${kindAndDate}${csvCell(amountText(amountMinor, currency))}${codes}${csvCell(method)},${csvCell(reason)},${csvCell(note)}${sourceAndTime}`;
    progress.tick(index + 1);
  }
  progress.end();
  return text;
}
