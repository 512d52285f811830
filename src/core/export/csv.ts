import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * UTF-8 with a BOM (so spreadsheet programs read Chinese correctly) and one header row. A cell a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so exported
 * text stays text; the import strips it again.
 */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: true });
}
