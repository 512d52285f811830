// A CSV of the selected rows and the visible columns, saved through the browser's download. The full
// export (every field, history, re-importable) is a separate feature.
import type { Locale } from '#shared/locale.ts';
import type { NumberSummary } from '#shared/numbers.ts';
import { COLUMN_KEYS, exportValue } from './columns.ts';

function cell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: mark it as text (a phone number stays as is).
  const formula = /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s().-]+$/.test(text));
  const safe = formula ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function selectionCsv(items: NumberSummary[], headers: string[], locale: Locale, words: (key: string) => string): string {
  const lines = [headers.map(cell).join(','), ...items.map((item) => COLUMN_KEYS.map((key) => cell(exportValue(key, item, locale, words))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
