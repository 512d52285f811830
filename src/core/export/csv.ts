// CSV written by hand rather than through a general library: exports of 100,000 rows spend their time here,
// and a cell needs only two checks (formula, quoting). The output is what Papa.unparse writes with
// `escapeFormulae`, except that a formula cell spanning lines is made inert too.

const BOM = '\uFEFF';
const NEWLINE = '\r\n';
/** A cell holding one of these must be quoted (the BOM too: a reader could take it for the file's). */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

export type CsvValue = string | number | boolean | null;

/** `=`, `+`, `-`, `@`, tab or carriage return first: a spreadsheet would run the cell as a formula. */
function isFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

/**
 * One cell. Text a spreadsheet would run as a formula gets a leading apostrophe, so exported text stays text;
 * the import strips it again. Numbers and booleans are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === '') return '';
  if (typeof value !== 'string') return String(value);
  const formula = isFormula(value);
  const text = formula ? `'${value}` : value;
  if (!formula && !NEEDS_QUOTES.test(text)) return text;
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

export function csvLine(cells: readonly CsvValue[]): string {
  let line = csvCell(cells[0] ?? null);
  for (let index = 1; index < cells.length; index += 1) line += `,${csvCell(cells[index]!)}`;
  return line + NEWLINE;
}

/** UTF-8 with a BOM (so spreadsheet programs read Chinese correctly), one header row, CRLF line ends. */
export function csvStart(header: readonly string[]): string {
  return BOM + csvLine(header);
}
