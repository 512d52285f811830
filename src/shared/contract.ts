import * as z from 'zod';
import { EventInput, EventView, RecordNotes } from './events.ts';
import type { Envelope, ErrorCode } from './errors.ts';
import type { Locale } from './locale.ts';
import type { MethodName } from './methods.ts';
import { NumberInput, NumberView } from './numbers.ts';
import { Id } from './primitives.ts';
import { SecretInfo, SecretInput, SecretWhich, SECRET_PROTECTIONS } from './secrets.ts';
import { Settings, SettingsPatch } from './settings.ts';
import { carrierContract } from './carrier-contract.ts';
import { dashboardContract } from './dashboard-contract.ts';
import { NumberFilter, NumberFilterFields } from './number-filter.ts';
import { DEFAULT_LIST_SORT, ListSort, NumberIds, NumberListInput, NumberListPage } from './number-list.ts';
import { remindersContract } from './reminders-contract.ts';
import { sheetImportContract } from './sheet-import.ts';
import { HistoryFilter, historyContract } from './history-contract.ts';
import { jobsContract } from './jobs.ts';

const ById = z.strictObject({ id: Id });

// Every method can also answer unknown_method, storage_failed, busy (a write while an import runs) and internal, and over HTTP the transport's own
// unauthorized, forbidden and payload_too_large.
const READ = ['invalid_input'] as const;
const READ_ONE = ['invalid_input', 'not_found'] as const;
const WRITE = ['invalid_input', 'not_found', 'conflict'] as const;
const STORE = ['invalid_input', 'storage_failed'] as const;

const ExportFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });

const BackupInfo = z.object({
  name: z.string(),
  /** daily, manual, before-v3 (a migration), before-import, before-restore */
  reason: z.string(),
  takenAt: z.string(),
  bytes: z.int(),
});

/** Every method the UI can call: its input and output schemas. The single source of truth. */
export const contract = {
  'app.info': {
    errors: READ,
    input: z.strictObject({}),
    output: z.object({
      version: z.string(),
      schemaVersion: z.int(),
      databasePath: z.string(),
      leadTimesDays: z.array(z.int()),
      now: z.string(),
    }),
  },
  /** A page of the numbers matching a filter, in the list's sort, with how many match in all. */
  'numbers.list': { errors: READ, input: NumberListInput, output: NumberListPage },
  /** The ids of every number matching a filter: "select all" across pages. */
  'numbers.ids': { errors: READ, input: NumberFilter, output: NumberIds },
  'numbers.get': { errors: READ_ONE, input: ById, output: NumberView },
  'numbers.create': { errors: WRITE, input: NumberInput, output: NumberView },
  'numbers.update': {
    errors: WRITE,
    input: z.strictObject({ id: Id, number: NumberInput }),
    output: NumberView,
  },
  /**
   * Every problem saving this number would meet, without saving it: a form that finds problems of its
   * own asks this too, so the user sees them all at once. Answers {} when there are none.
   */
  'numbers.check': { errors: READ, input: NumberInput, output: z.object({}) },
  'numbers.setArchived': {
    errors: READ_ONE,
    input: z.strictObject({ id: Id, archived: z.boolean() }),
    output: NumberView,
  },
  'numbers.delete': { errors: READ_ONE, input: ById, output: z.object({ deleted: Id }) },
  'events.list': {
    errors: READ_ONE,
    input: z.strictObject({ numberId: Id }),
    output: z.object({ items: z.array(EventView) }),
  },
  'events.record': {
    errors: READ_ONE,
    input: EventInput,
    output: z.object({ event: EventView, number: NumberView }),
  },
  /** What recording this event would change, without recording it, and what to warn about before it is. */
  'events.preview': {
    errors: READ_ONE,
    input: EventInput,
    output: z.object({ event: EventView, number: NumberView, notes: RecordNotes }),
  },
  /**
   * Takes back the number's event recorded last. With `eventId` (an Undo offered right after recording it),
   * only when that is still the one recorded last: never another event recorded since.
   */
  'events.undoLast': {
    errors: READ_ONE,
    input: z.strictObject({ numberId: Id, eventId: Id.optional() }),
    output: z.object({ undone: EventView, number: NumberView }),
  },
  'settings.get': {
    errors: READ,
    input: z.strictObject({}),
    /** `recoveredFrom`: the settings file was unreadable at start and was kept there; defaults are in use. */
    output: z.object({ settings: Settings, recoveredFrom: z.string().nullable() }),
  },
  'settings.update': { errors: READ, input: SettingsPatch, output: Settings },
  ...carrierContract,
  ...dashboardContract,
  ...remindersContract,
  ...sheetImportContract,
  ...historyContract,
  ...jobsContract,
  'backups.list': {
    errors: READ,
    input: z.strictObject({}),
    output: z.object({
      folder: z.string(),
      items: z.array(BackupInfo),
      /** The last backup that failed (the daily one runs unseen), until one succeeds. */
      lastFailure: z.object({ at: z.string(), reason: z.string(), message: z.string() }).nullable(),
    }),
  },
  'backups.create': { errors: STORE, input: z.strictObject({}), output: BackupInfo },
  /** Takes the daily backup unless one is less than 24 hours old, or one failed less than an hour ago. */
  'backups.ensureDaily': { errors: STORE, input: z.strictObject({}), output: z.object({ taken: BackupInfo.nullable() }) },
  /** A number's secrets, never their values; `protection` says how they are encrypted on this machine. */
  'secrets.list': {
    errors: READ_ONE,
    input: z.strictObject({ numberId: Id }),
    output: z.object({ protection: z.enum(SECRET_PROTECTIONS), items: z.array(SecretInfo) }),
  },
  'secrets.set': { errors: READ_ONE, input: SecretInput, output: SecretInfo },
  /** The one call that returns a secret's value, for an explicit "reveal". */
  'secrets.reveal': { errors: READ_ONE, input: SecretWhich, output: z.object({ value: z.string() }) },
  'secrets.delete': { errors: READ_ONE, input: SecretWhich, output: z.object({ deleted: z.string() }) },
  /** The numbers the list shows for the same filter, every field. */
  'export.numbersCsv': {
    errors: READ,
    input: z.strictObject({ ...NumberFilterFields, /** The list's order, so the file reads like the screen. */ sort: ListSort.default(DEFAULT_LIST_SORT) }),
    output: ExportFile,
  },
  /** The events the history page shows for the same filter, oldest first. */
  'export.historyCsv': { errors: READ_ONE, input: HistoryFilter, output: ExportFile },
  /** The same events as a versioned JSON document (`keepline-history`). */
  'export.historyJson': { errors: READ_ONE, input: HistoryFilter, output: ExportFile },
  /**
   * The full record, re-importable; secrets only when ticked and confirmed. With `filter`, only the numbers
   * the list shows for that filter (still re-importable, each with its whole history).
   */
  'export.json': {
    errors: READ,
    input: z.strictObject({ includeSecrets: z.boolean().default(false), confirmSecrets: z.boolean().default(false), filter: NumberFilter.optional() }),
    output: ExportFile,
  },
  /** iCalendar: one event per upcoming deadline, an alarm per lead time, stable UIDs. */
  'export.calendar': { errors: READ, input: z.strictObject({}), output: ExportFile },
  'import.json': {
    errors: STORE,
    input: z.strictObject({ content: z.string().min(1).max(50_000_000) }),
    output: z.object({ created: z.int(), skipped: z.int(), events: z.int(), backup: z.string() }),
  },
  /**
   * The slow half of a restore, which `backups.restore` runs as a job first: checks the backup whole and backs
   * up the current state (null when that state is too damaged to copy). Changes nothing else.
   */
  'backups.prepareRestore': {
    errors: STORE,
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    output: z.object({ safetyBackup: z.string().nullable() }),
  },
  /** Replaces the database with a verified backup, after backing up the current state. */
  'backups.restore': {
    errors: STORE,
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    /** The state replaced is backed up first; a damaged one, which no backup can copy, is kept aside instead. */
    output: z.object({ restored: z.string(), safetyBackup: z.string().nullable(), damagedKeptAt: z.string().nullable() }),
  },
} as const satisfies Record<MethodName, { errors: readonly ErrorCode[]; input: z.ZodType; output: z.ZodType }>;

// Both directions: a name in METHOD_NAMES without a schema, or a schema without a name, fails to compile.
type ContractNames = keyof typeof contract;
const everyNameHasSchemas: Record<MethodName, true> = Object.fromEntries(
  Object.keys(contract).map((name) => [name, true]),
) as Record<ContractNames, true>;
void everyNameHasSchemas;

export type Contract = typeof contract;
export type Input<M extends MethodName> = z.output<Contract[M]['input']>;
export type InputRaw<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** How a call is made: the language the UI shows, for the messages of its answer. */
export interface CallOptions {
  locale?: Locale;
}

/** The typed client every transport gives the renderer: one async function per method. */
export type KeeplineApi = {
  [M in MethodName]: (input: InputRaw<M>, options?: CallOptions) => Promise<Envelope<Output<M>>>;
};
