import { amountText } from './amount-text.ts';
import { csvCell, csvStart } from './csv.ts';
import type { HistoryExport } from './history-rows.ts';
import { progressEvery, type OnProgress } from './progress.ts';

export const HISTORY_COLUMNS = ['number', 'label', 'event', 'date', 'amount', 'currency', 'activity', 'method', 'reason', 'note', 'source', 'recorded_at'];

/**
 * One line per event. The number's two cells are written once per number, not per event; kind, dates,
 * currency and source are Keepline's own codes and ISO text, which never need quoting or escaping.
 */
export function historyCsv({ numbers, events }: HistoryExport, onProgress?: OnProgress): string {
  const progress = progressEvery(events.length, onProgress);
  const numberCells = new Map<number, string>();
  for (const [id, number] of numbers) numberCells.set(id, `${csvCell(number.e164)},${csvCell(number.label)},`);
  let text = csvStart(HISTORY_COLUMNS);
  for (let index = 0; index < events.length; index += 1) {
    const [, numberId, kind, occurredOn, amountMinor, currency, activityType, method, reason, note, source, recordedAt] = events[index]!;
    text +=
      `${numberCells.get(numberId) ?? ',,'}${kind},${occurredOn},${csvCell(amountText(amountMinor, currency))},${currency ?? ''},` +
      `${activityType ?? ''},${csvCell(method)},${csvCell(reason)},${csvCell(note)},${source},${recordedAt}\r\n`;
    progress.tick(index + 1);
  }
  progress.end();
  return text;
}
