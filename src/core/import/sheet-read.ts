// Turns an uploaded file into a table of text cells: CSV (any common separator, BOM or not) or XLSX.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { invalidField } from '../errors.ts';

export interface SheetTable {
  format: 'csv' | 'xlsx';
  headers: string[];
  /** `line` is the row number a spreadsheet program shows (header = 1); empty rows are left out. */
  rows: { line: number; cells: string[] }[];
}

const MAX_ROWS = 100_000;

function isXlsx(fileName: string, bytes: Buffer | null): boolean {
  if (/\.xlsx$/i.test(fileName)) return true;
  // A zip file's signature: "PK\x03\x04".
  return bytes !== null && bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

/** Our own CSV export writes '=…' cells as "'=…" so spreadsheets keep them as text: undo that on the way in. */
export function cleanCell(value: string): string {
  const trimmed = value.replace(/^\uFEFF/, '').trim();
  return /^'[=+\-@]/.test(trimmed) || /^'\+?\d/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

function tableOf(format: SheetTable['format'], grid: string[][]): SheetTable {
  const [header, ...body] = grid;
  if (!header || header.every((cell) => cell === '')) throw invalidField('content', 'required');
  if (body.length > MAX_ROWS) throw invalidField('content', 'too_many', { max: MAX_ROWS });
  const rows = body
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  return { format, headers: header, rows };
}

function readCsv(text: string): SheetTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    // Papa guesses between , ; tab and | from the first rows.
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const grid = parsed.data.map((row) => row.map((cell) => cleanCell(String(cell ?? ''))));
  while (grid.length > 0 && grid[grid.length - 1]!.every((cell) => cell === '')) grid.pop();
  return tableOf('csv', grid);
}

function xlsxCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Date-formatted cells come as UTC midnight of their calendar day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanCell(String(value));
}

async function readXlsx(bytes: Buffer): Promise<SheetTable> {
  let data: unknown[][];
  try {
    // Numbers as written (no float rounding): amounts and serial dates are read by our own parsers.
    data = (await readSheet(bytes, { parseNumber: (text: string) => text })) as unknown[][];
  } catch {
    throw invalidField('content', 'unreadable_file');
  }
  return tableOf('xlsx', data.map((row) => row.map(xlsxCell)));
}

/** Reads the upload; a file that is neither readable CSV nor XLSX is refused as `content`. */
export async function readSheetFile(fileName: string, content: string, encoding: 'text' | 'base64'): Promise<SheetTable> {
  const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : null;
  if (isXlsx(fileName, bytes)) {
    if (bytes === null) throw invalidField('encoding', 'not_allowed_value', { values: 'base64' });
    return readXlsx(bytes);
  }
  const text = bytes === null ? content : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw invalidField('content', 'unreadable_file');
  return readCsv(text);
}
