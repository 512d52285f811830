// What importing each row of a spreadsheet would do: create, update, skip, or why it cannot.
import type Database from 'better-sqlite3';
import type { Locale } from '#shared/locale.ts';
import type { Input } from '#shared/contract.ts';
import { NumberInput, type NumberInputRaw } from '#shared/numbers.ts';
import type { SheetAction, SheetField } from '#shared/sheet-import.ts';
import { stateOf, type NumberRow } from '../db/number-rows.ts';
import { findNumberByE164, numbersByE164 } from '../db/numbers-repo.ts';
import { KeeplineError, invalidField } from '../errors.ts';
import { checkNumberInput, columnsFromInput, inputOfRow, stateFromInput } from '../records/number-input.ts';
import { issuesFromZod } from '../zod-issues.ts';
import { detectOrder } from './sheet-dates.ts';
import { autoMapping } from './sheet-headers.ts';
import { readSheetFile, type SheetTable } from './sheet-read.ts';
import { paymentOfRow, readRow, type RowIssue } from './sheet-row.ts';
import type { ParsedPhone } from '../domain/phone.ts';
import { carrierMatcher, carrierPatch, type CarrierOf } from '../carriers/carrier-fill.ts';

export type SheetOptions = Input<'import.sheetPreview'>;

export interface PlannedRow {
  line: number;
  action: SheetAction;
  phone: string;
  label: string;
  issues: RowIssue[];
  /** The checked number to create, or the updated one; null when skipped or invalid. */
  input: NumberInput | null;
  existing: NumberRow | null;
  /** The phone as read, so the commit need not read it again. */
  parsed: ParsedPhone | null;
  /** Archive (true) or unarchive (false) the number; null when the row does not say (a new one is active). */
  archived: boolean | null;
  /**
   * The row's carrier is one Keepline knows, whose rules or lapse phases the number lacks: it takes them
   * (or would, with `carrierRules` off; its input then has none of them).
   */
  carrierRules: boolean;
}

export interface SheetPlan {
  table: SheetTable;
  mapping: (SheetField | null)[];
  dates: { order: 'iso' | 'dmy' | 'mdy' | null; needed: boolean };
  context: PlanContext;
  rows: PlannedRow[];
}


function checkedMapping(table: SheetTable, mapping: (SheetField | null)[] | null): (SheetField | null)[] {
  if (mapping === null) return autoMapping(table.headers);
  const used = mapping.filter((field) => field !== null);
  if (new Set(used).size !== used.length) throw invalidField('mapping', 'duplicate_value');
  return table.headers.map((_header, index) => mapping[index] ?? null);
}

/** The number schema (and, for an update, the checks across fields), as field issues; one issue per field. */
function checkInput(raw: NumberInputRaw, known: RowIssue[], existing: boolean): { input: NumberInput | null; issues: RowIssue[] } {
  const issues = [...known];
  const add = (more: RowIssue[]) => {
    for (const issue of more) if (!issues.some((seen) => seen.field.split('.')[0] === issue.field.split('.')[0])) issues.push(issue);
  };
  const parsed = NumberInput.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    add(issuesFromZod(parsed.error.issues));
    return { input: null, issues };
  }
  // A new number from a sheet has no rules but its carrier's (a fee rule only with a billing period), and its
  // phone was read already: only an update needs the rest.
  if (existing && issues.length === 0) {
    try {
      checkNumberInput(parsed.data);
    } catch (error) {
      if (!(error instanceof KeeplineError)) throw error;
      add(error.issues);
    }
  }
  return { input: issues.length === 0 ? parsed.data : null, issues };
}

export interface PlanContext {
  db: Database.Database;
  options: SheetOptions;
  mapping: (SheetField | null)[];
  dateOrder: 'dmy' | 'mdy' | null;
  carrierOf: CarrierOf;
}

/** The stored number with this E.164, if any. */
export type ExistingNumber = (e164: string) => NumberRow | undefined;

/**
 * One row; `read` from `readRow`, `firstLine` the rows seen so far by number (to find repeats in the file),
 * `existingOf` finds the number already stored (by default, asks the database).
 */
export function planRow(
  plan: PlanContext,
  line: number,
  read: ReturnType<typeof readRow>,
  firstLine: Map<string, number>,
  existingOf: ExistingNumber = (e164) => findNumberByE164(plan.db, e164),
): PlannedRow {
  const e164 = read.phone?.e164 ?? null;
  const base = { line, phone: e164 ?? read.fields.phone ?? '', label: read.fields.label ?? '', parsed: read.phone, archived: read.archived, carrierRules: false };
  if (e164 !== null) {
    const first = firstLine.get(e164);
    if (first !== undefined) {
      return { ...base, action: 'invalid', issues: [{ field: 'phone', reason: 'duplicate_in_file', detail: { line: first } }], input: null, existing: null };
    }
    firstLine.set(e164, line);
  }
  const existing = e164 === null ? null : (existingOf(e164) ?? null);
  if (existing && plan.options.existing === 'skip') return { ...base, action: 'skip', issues: [], input: null, existing };
  const current = existing ? inputOfRow(existing) : null;
  const payment = paymentOfRow(read.payment, current?.paymentMethod ?? null);
  const fields = payment.paymentMethod ? { ...read.fields, paymentMethod: payment.paymentMethod } : read.fields;
  const given: NumberInputRaw = current
    ? { ...current, ...fields, phone: current.phone }
    : { timeZone: read.derivedZone, ...fields, phone: read.fields.phone ?? '' };
  const fromCarrier = carrierPatchOf(plan, given, read);
  const raw = fromCarrier && plan.options.carrierRules ? { ...given, ...fromCarrier } : given;
  const { input, issues } = checkInput(raw, payment.issue ? [...read.issues, payment.issue] : read.issues, existing !== null);
  const action: SheetAction =
    input === null ? 'invalid' : !existing ? 'create' : changesNothing(existing, updatedColumns(input, existing, base)) ? 'unchanged' : 'update';
  return { ...base, action, issues, input, existing, carrierRules: fromCarrier !== null && input !== null };
}

/** What the row's carrier fills in on the number, when Keepline knows it: never what the row (or the stored number) gives. */
function carrierPatchOf(plan: PlanContext, given: NumberInputRaw, read: ReturnType<typeof readRow>) {
  const carrier = plan.carrierOf(given.carrier ?? '', read.phone?.country ?? given.country ?? null);
  if (!carrier) return null;
  return carrierPatch(
    { rules: given.rules ?? [], lapsePhases: given.lapsePhases ?? [], billingPeriod: read.fields.billingPeriod ?? given.billingPeriod ?? null, zoneGiven: read.fields.timeZone !== undefined },
    carrier,
  );
}

/**
 * The columns an update from a row writes (the deadline, derived from them, and the bookkeeping aside).
 * The plan compares them with the stored number and the commit writes them: both see the same update.
 */
export function updatedColumns(input: NumberInput, existing: NumberRow, row: Pick<PlannedRow, 'parsed' | 'archived'>) {
  const phone = row.parsed ?? checkNumberInput(input);
  const archived = row.archived === null ? existing.archived : row.archived ? (1 as const) : (0 as const);
  return { ...columnsFromInput(input, phone, stateFromInput(input, stateOf(existing))), archived };
}

/** The row would leave the stored number as it is: writing it would only bump the revision and record a change. */
function changesNothing(existing: NumberRow, columns: ReturnType<typeof updatedColumns>): boolean {
  return (Object.keys(columns) as (keyof typeof columns)[]).every((key) => columns[key] === existing[key]);
}

export function readPlannedRow(plan: PlanContext, cells: string[]) {
  return readRow(cells, { mapping: plan.mapping, dateOrder: plan.dateOrder, defaultCountry: plan.options.defaultCountry, defaultCurrency: plan.options.defaultCurrency });
}

/** Told how many rows were checked so far; a cancelled job throws from it. */
export type PlanStep = (done: number, total: number) => void;

/** Rows read before their stored numbers are looked up, in one statement (one per row costs more than the row). */
const LOOKUP_BATCH = 500;

/** Rows in the file's order; the database is only read. */
export function planRows(plan: PlanContext, table: SheetTable, step: PlanStep = () => {}): PlannedRow[] {
  const firstLine = new Map<string, number>();
  const total = table.rows.length;
  const planned: PlannedRow[] = [];
  for (let start = 0; start < total; start += LOOKUP_BATCH) {
    const batch = table.rows.slice(start, start + LOOKUP_BATCH);
    const read = batch.map(({ cells }, offset) => {
      step(start + offset, total);
      return readPlannedRow(plan, cells);
    });
    const stored = numbersByE164(plan.db, read.flatMap((row) => (row.phone ? [row.phone.e164] : [])));
    batch.forEach(({ line }, offset) => planned.push(planRow(plan, line, read[offset]!, firstLine, (e164) => stored.get(e164))));
  }
  step(total, total);
  return planned;
}

/** Reads the file and plans every row. */
export async function planSheet(db: Database.Database, options: SheetOptions, locale: Locale, step?: PlanStep): Promise<SheetPlan> {
  const table = await readSheetFile(options.fileName, options.content, options.encoding);
  const mapping = checkedMapping(table, options.mapping);
  const dateColumn = mapping.indexOf('expiryDate');
  const detected = dateColumn < 0 ? { order: 'iso' as const, needed: false } : detectOrder(table.rows.map((row) => row.cells[dateColumn] ?? ''));
  const dates = options.dateOrder !== null ? { order: options.dateOrder, needed: false } : detected;
  const order = dates.order === 'dmy' || dates.order === 'mdy' ? dates.order : null;
  const context: PlanContext = { db, options, mapping, dateOrder: order, carrierOf: carrierMatcher(db, locale) };
  return { table, mapping, dates, context, rows: planRows(context, table, step) };
}
