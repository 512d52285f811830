// Spreadsheet import (issue 7): a preview of what each row would do, then one all-or-nothing commit.
// Spread into `contract` in contract.ts.
import * as z from 'zod';
import { FIELD_REASONS } from './errors.ts';
import { CountryCode, CurrencyCode } from './primitives.ts';

/** What a spreadsheet column can hold; `null` in a mapping means "ignore this column". */
export const SHEET_FIELDS = [
  'phone',
  'country',
  'carrier',
  'expiryDate',
  'planName',
  'planCost',
  'currency',
  'billingPeriod',
  'owner',
  'label',
  'tags',
  'notes',
  'timeZone',
  'kind',
  'accountRef',
  'autoRenew',
  /** The payment method's label ("Visa 4242"); never a card number. */
  'paymentMethod',
  /** The payment card's expiry month. */
  'cardExpiry',
  /** Yes: the number is created archived, or an updated one is archived (no: unarchived). */
  'archived',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Day before month, or month before day, for dates such as 03/04/2026. */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How a CSV sent as bytes was decoded: Unicode, or the legacy encoding Excel writes on Chinese or Western Windows. */
export const SHEET_CHARSETS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type SheetCharset = (typeof SHEET_CHARSETS)[number];

/** Base64 of a 10 MB file is about 13.4 M characters. */
export const MAX_SHEET_CHARS = 14_000_000;

const SheetOptions = {
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes in base64 (XLSX, or a CSV in any encoding), or a CSV's text as decoded already. */
  content: z.string().min(1).max(MAX_SHEET_CHARS),
  encoding: z.enum(['text', 'base64']),
  /** One entry per column, left to right; null: map the headers automatically. */
  mapping: z.array(z.enum(SHEET_FIELDS).nullable()).max(200).nullable().default(null),
  /** Needed only when the file's dates could be read either way. */
  dateOrder: z.enum(DATE_ORDERS).nullable().default(null),
  /** For numbers written without +country code. */
  defaultCountry: CountryCode.nullable().default(null),
  /** For costs written without a currency. */
  defaultCurrency: CurrencyCode.nullable().default(null),
  /** A number already in Keepline (same E.164): update it from the row, or leave it as it is. */
  existing: z.enum(['update', 'skip']).default('skip'),
  /**
   * A row whose carrier is one Keepline knows (by name or company, as the number form finds it) gives its
   * number the carrier's rules, lapse phases and time zone, where the row (or the stored number) has none.
   */
  carrierRules: z.boolean().default(true),
};

export const SheetColumn = z.object({
  index: z.int(),
  header: z.string(),
  field: z.enum(SHEET_FIELDS).nullable(),
  samples: z.array(z.string()),
});
export type SheetColumn = z.infer<typeof SheetColumn>;

export const SheetRowIssue = z.object({
  /** The Keepline field at fault (`phone`, `expiryDate`, `planCost.currency`…). */
  field: z.string(),
  /** The spreadsheet column it came from, as headed in the file; null when no column holds it. */
  column: z.string().nullable(),
  reason: z.enum(FIELD_REASONS),
  message: z.string(),
});
export type SheetRowIssue = z.infer<typeof SheetRowIssue>;

/** `unchanged`: a number already in Keepline that updating from the row would leave as it is; it is not written. */
export const SHEET_ACTIONS = ['create', 'update', 'unchanged', 'skip', 'invalid'] as const;
export type SheetAction = (typeof SHEET_ACTIONS)[number];

export const SheetRow = z.object({
  /** The row number a spreadsheet program shows (the header is row 1). */
  line: z.int(),
  action: z.enum(SHEET_ACTIONS),
  /** E.164 when the number could be read, else the cell as written. */
  phone: z.string(),
  label: z.string(),
  issues: z.array(SheetRowIssue),
});
export type SheetRow = z.infer<typeof SheetRow>;

export const SheetCounts = z.object({ create: z.int(), update: z.int(), unchanged: z.int(), skip: z.int(), invalid: z.int() });

export const SheetPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** How a CSV sent as bytes was decoded; null for XLSX and for text. */
  charset: z.enum(SHEET_CHARSETS).nullable(),
  columns: z.array(SheetColumn),
  /** The order the dates were read in; `needed`: they could be read either way, so the user must choose. */
  dates: z.object({ order: z.enum(['iso', ...DATE_ORDERS]).nullable(), needed: z.boolean() }),
  rows: z.array(SheetRow),
  counts: SheetCounts,
  /** Rows to import whose number gets its carrier's rules (with `carrierRules` off: would get them). */
  carrierRules: z.int(),
});
export type SheetPreview = z.infer<typeof SheetPreview>;

const STORE = ['invalid_input', 'storage_failed'] as const;

/** A file for the user to save: its name, type and text. */
const SheetFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });

export const sheetImportContract = {
  /** Reads a spreadsheet and says what importing each row would do; changes nothing. */
  'import.sheetPreview': { errors: ['invalid_input'] as const, input: z.strictObject(SheetOptions), output: SheetPreview },
  /**
   * The rows that cannot be imported, as a CSV to fix and import again: the file's own columns as they
   * were, then the row's line in the file and what is wrong with it. Changes nothing.
   */
  'import.sheetInvalidCsv': { errors: ['invalid_input'] as const, input: z.strictObject(SheetOptions), output: SheetFile },
  /**
   * Imports the rows in one transaction, after a backup. With invalid rows it refuses unless `skipInvalid`;
   * on any failure nothing changes.
   */
  'import.sheetCommit': {
    errors: STORE,
    input: z.strictObject({ ...SheetOptions, skipInvalid: z.boolean().default(false) }),
    output: z.object({ created: z.int(), updated: z.int(), unchanged: z.int(), skipped: z.int(), invalid: z.int(), backup: z.string() }),
  },
} as const;
