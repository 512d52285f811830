import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading
 * apostrophe, so exported text stays text. The import strips it again.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** UTF-8 with a BOM (so spreadsheet programs read Chinese correctly), one header row, every cell inert. */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? '' : inertCell(String(cell)))));
  return BOM + Papa.unparse({ fields: header, data: cells }, { newline: '\r\n' });
}
