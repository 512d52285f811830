// The rows of a spreadsheet that cannot be imported, as a CSV to fix and import again.
import type { Locale } from '#shared/locale.ts';
import type { SheetRow } from '#shared/sheet-import.ts';
import { csvLine, csvStart } from '../export/csv.ts';
import type { SheetTable } from './sheet-read.ts';

/** Columns added after the file's own; no header of the import's reads like these, so a new import ignores them. */
const ADDED_COLUMNS = { en: ['Line in the file', 'Problems'], 'zh-CN': ['文件中的行号', '问题'] } as const satisfies Record<Locale, readonly string[]>;
const SEPARATOR = { en: { column: ': ', issue: '; ' }, 'zh-CN': { column: '：', issue: '；' } } as const satisfies Record<Locale, unknown>;

/**
 * The invalid rows (`rows`, only those, as the preview shows them) with the file's own cells as they were read, under
 * its own headers, then each row's line in the file and what is wrong with it, in the user's language.
 */
export function invalidRowsCsv(table: SheetTable, rows: readonly SheetRow[], locale: Locale): string {
  const cellsOf = new Map(table.rows.map((row) => [row.line, row.cells]));
  const { column, issue } = SEPARATOR[locale];
  let csv = csvStart([...table.headers, ...ADDED_COLUMNS[locale]]);
  for (const row of rows) {
    const cells = cellsOf.get(row.line) ?? [];
    const problems = row.issues.map((found) => (found.column ? `${found.column}${column}${found.message}` : found.message)).join(issue);
    csv += csvLine([...table.headers.map((_header, index) => cells[index] ?? ''), row.line, problems]);
  }
  return csv;
}

/** `numbers.xlsx` -> `numbers-invalid-rows.csv`; characters no file system takes become `_`. */
export function invalidRowsFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'sheet';
  return `${base}-invalid-rows.csv`;
}
