import type Database from 'better-sqlite3';
import type { ExportedHistoryEvent, KeeplineHistoryExport } from '#shared/export-format.ts';
import { moneyOf } from '../db/number-rows.ts';
import type { EventFilter } from '../history/history-query.ts';
import { selectEvents, type EventNumber, type HistoryRows } from './history-rows.ts';
import { progressEvery, type OnProgress } from './progress.ts';

type EventCells = [
  numberId: number,
  kind: string,
  occurredOn: string,
  amountMinor: number | null,
  currency: string | null,
  activityType: string | null,
  method: string,
  reason: string,
  note: string,
  source: string,
  recordedAt: string,
  details: string,
];

const JSON_COLUMNS = 'e.number_id, e.kind, e.occurred_on, e.amount_minor, e.currency, e.activity_type, e.method, e.reason, e.note, e.source, e.recorded_at, e.details';

export function historyJsonRows(db: Database.Database, filter: EventFilter): HistoryRows<EventCells> {
  return selectEvents<EventCells>(db, filter, JSON_COLUMNS);
}

function exportedEvent(cells: EventCells, number: EventNumber | undefined): ExportedHistoryEvent {
  const [, kind, occurredOn, amountMinor, currency, activityType, method, reason, note, source, recordedAt, details] = cells;
  return {
    number: number?.e164 ?? '',
    label: number?.label ?? '',
    owner: number?.owner ?? '',
    country: number?.country ?? '',
    carrier: number?.carrier ?? '',
    kind: kind as ExportedHistoryEvent['kind'],
    occurredOn,
    recordedAt,
    amount: moneyOf(amountMinor, currency),
    activityType: activityType as ExportedHistoryEvent['activityType'],
    method,
    reason,
    note,
    source: source as ExportedHistoryEvent['source'],
    details: JSON.parse(details) as Record<string, unknown>,
  };
}

/** The events as a versioned document, for reading elsewhere (spreadsheets, scripts); not for import. */
export function historyJson({ numbers, events }: HistoryRows<EventCells>, exportedAt: string, onProgress?: OnProgress): string {
  const progress = progressEvery(events.length, onProgress);
  const exported = events.map((cells, index) => {
    const event = exportedEvent(cells, numbers.get(cells[0]));
    progress.tick(index + 1);
    return event;
  });
  progress.end();
  const document: KeeplineHistoryExport = { format: 'keepline-history', version: 1, exportedAt, events: exported };
  return JSON.stringify(document, null, 2);
}
