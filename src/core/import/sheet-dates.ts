// Dates as spreadsheets hold them: ISO, 2026/12/03, 2026年12月3日, d/m/y or m/d/y, and Excel serial numbers.
import { isCalendarDate } from '#shared/primitives.ts';
import type { DateOrder } from '#shared/sheet-import.ts';

export type DateRead = { ok: true; date: string } | { ok: false; reason: 'not_a_date' | 'date_order_needed' };

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})(?:[ T].*)?$/;
// Excel's day 1 is 1900-01-01, and it counts a 29 Feb 1900 that never was: serials from 61 on are off by one,
// which counting from 1899-12-30 absorbs. Only plausible modern serials (1970 to 2200) are taken as dates.
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const SERIAL_MIN = 25_569; // 1970-01-01
const SERIAL_MAX = 110_575; // 2202-09-22

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** What a date cell says about the file's order: only a first part over 12 proves d/m, a second over 12 m/d. */
export function orderEvidence(text: string): DateOrder | null {
  const match = YEAR_LAST.exec(text.trim());
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return null;
}

/** True when the cell is d/m/y or m/d/y and both readings are possible. */
export function isAmbiguous(text: string): boolean {
  const match = YEAR_LAST.exec(text.trim());
  return match !== null && Number(match[1]) <= 12 && Number(match[2]) <= 12 && match[1] !== match[2];
}

/** The file's date order, from all its date cells: one order proven and the other not, else null. */
export function detectOrder(cells: string[]): { order: 'iso' | DateOrder | null; needed: boolean } {
  const seen = new Set<DateOrder>();
  let ambiguous = false;
  let dayFirstStyle = false;
  for (const cell of cells) {
    const evidence = orderEvidence(cell);
    if (evidence) seen.add(evidence);
    if (isAmbiguous(cell)) ambiguous = true;
    if (YEAR_LAST.test(cell.trim())) dayFirstStyle = true;
  }
  if (seen.size === 1) return { order: [...seen][0]!, needed: false };
  if (!dayFirstStyle) return { order: 'iso', needed: false };
  // Both orders proven (a mixed file), or nothing proves either: the user decides.
  return { order: null, needed: ambiguous || seen.size > 1 };
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Reads one date cell; `order` decides d/m against m/d and is needed only when the cell could be either. */
export function readDate(cell: string, order: DateOrder | null): DateRead {
  const text = cell.trim();
  if (SERIAL.test(text)) {
    const date = excelSerialToIso(Number(text));
    return date ? { ok: true, date } : { ok: false, reason: 'not_a_date' };
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const date = iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? { ok: true, date } : { ok: false, reason: 'not_a_date' };
  }
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), fullYear(yearLast[3]!)];
    if (order === null && isAmbiguous(text)) return { ok: false, reason: 'date_order_needed' };
    const dayFirst = order === null ? a > 12 : order === 'dmy';
    const date = dayFirst ? iso(year, b, a) : iso(year, a, b);
    return date ? { ok: true, date } : { ok: false, reason: 'not_a_date' };
  }
  return { ok: false, reason: 'not_a_date' };
}
