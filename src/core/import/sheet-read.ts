// Turns an uploaded file into a table of text cells: CSV (any common separator, BOM or not) or XLSX.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import type { SheetCharset } from '#shared/sheet-import.ts';
import { invalidField } from '../errors.ts';
import { autoMapping } from './sheet-headers.ts';

export interface SheetTable {
  format: 'csv' | 'xlsx';
  /** How a CSV sent as bytes was decoded; null for XLSX and for text. */
  charset: SheetCharset | null;
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

function tableOf(format: SheetTable['format'], grid: string[][], charset: SheetCharset | null = null): SheetTable {
  const [header, ...body] = grid;
  if (!header || header.every((cell) => cell === '')) throw invalidField('content', 'required');
  if (body.length > MAX_ROWS) throw invalidField('content', 'too_many', { max: MAX_ROWS });
  const rows = body
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  return { format, headers: header, rows, charset };
}

function readCsv(text: string, charset: SheetCharset | null): SheetTable {
  // Without the final line break: Papa counts the empty line after it when guessing, and then takes a two-column
  // file with tabs or semicolons for a one-column file with commas.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/(\r?\n)+$/, ''), {
    // Papa guesses between , ; tab and | from the first rows.
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const grid = parsed.data.map((row) => row.map((cell) => cleanCell(String(cell ?? ''))));
  while (grid.length > 0 && grid[grid.length - 1]!.every((cell) => cell === '')) grid.pop();
  return tableOf('csv', grid, charset);
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

/** How many of the first line's cells name a field the import knows. */
function knownHeaders(firstLine: string): number {
  const headers = Papa.parse<string[]>(firstLine, { delimitersToGuess: [',', ';', '\t', '|'] }).data[0] ?? [];
  return autoMapping(headers.map((header) => cleanCell(String(header)))).filter((field) => field !== null).length;
}

/**
 * Of a file's non-ASCII characters in GB18030, the share whose two bytes are both in GB2312's range (0xA1-0xFE),
 * as Chinese text almost always is; Latin-1 text read as GB18030 pairs an accented letter with the ASCII letter after it.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const trail = bytes[index + 1] ?? 0;
    pairs += 1;
    if (lead >= 0xa1 && trail >= 0xa1 && trail <= 0xfe) common += 1;
    // GB18030's four-byte characters have a digit second.
    index += trail >= 0x30 && trail <= 0x39 ? 4 : 2;
  }
  return pairs === 0 ? 0 : common / pairs;
}

/**
 * A CSV's text from its bytes: UTF-16 when it starts with a UTF-16 BOM (Excel's "Unicode text"), UTF-8 (BOM or
 * not) when the bytes are valid UTF-8, else the legacy encoding Excel writes on Chinese Windows (GB18030) or
 * on Western Windows (Windows-1252): the one whose headers the import knows, then the one that reads as Chinese.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; charset: SheetCharset } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // Not UTF-8: one of the legacy encodings below.
  }
  // 0x0A is never part of a GB18030 character, so the first line ends at the first one in either encoding.
  const newline = bytes.indexOf(0x0a);
  const firstLine = bytes.subarray(0, newline < 0 ? bytes.length : newline);
  const chinese = knownHeaders(new TextDecoder('gb18030').decode(firstLine));
  const western = knownHeaders(new TextDecoder('windows-1252').decode(firstLine));
  const charset = chinese > western || (chinese === western && gb2312Share(bytes) >= 0.9) ? 'gb18030' : 'windows-1252';
  return { text: new TextDecoder(charset).decode(bytes), charset };
}

/** Reads the upload; a file that is neither readable CSV nor XLSX is refused as `content`. */
export async function readSheetFile(fileName: string, content: string, encoding: 'text' | 'base64'): Promise<SheetTable> {
  const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : null;
  if (isXlsx(fileName, bytes)) {
    if (bytes === null) throw invalidField('encoding', 'not_allowed_value', { values: 'base64' });
    return readXlsx(bytes);
  }
  const { text, charset } = bytes === null ? { text: content, charset: null } : decodeCsv(bytes);
  if (text.includes('\u0000')) throw invalidField('content', 'unreadable_file');
  return readCsv(text, charset);
}
