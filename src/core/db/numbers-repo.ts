import type Database from 'better-sqlite3';
import type { NumberRow } from './number-rows.ts';
import { rowsInDeadlineOrder, whereMatching, type RowFilter, type StatusClock } from './number-list-query.ts';

export type NumberColumns = Omit<NumberRow, 'id'>;

const COLUMNS: (keyof NumberColumns)[] = [
  'e164', 'digits', 'country', 'label', 'owner', 'carrier', 'account_ref', 'kind', 'time_zone', 'plan_name',
  'plan_cost_minor', 'plan_currency', 'billing_count', 'billing_unit', 'expiry_date', 'expiry_event_id',
  'auto_renew', 'payment_label', 'payment_card_expiry', 'tags', 'notes', 'rules', 'rule_sources', 'lapse_phases',
  'archived', 'deadline_on', 'deadline_ends_at', 'credit_lost_at', 'number_lost_at', 'created_at', 'updated_at',
  'revision',
];

export function getNumberRow(db: Database.Database, id: number): NumberRow | undefined {
  return db.prepare('SELECT * FROM numbers WHERE id = ?').get(id) as NumberRow | undefined;
}

export function findNumberByE164(db: Database.Database, e164: string): NumberRow | undefined {
  return db.prepare('SELECT * FROM numbers WHERE e164 = ?').get(e164) as NumberRow | undefined;
}

/** The stored numbers among these E.164s, by E.164. */
export function numbersByE164(db: Database.Database, e164s: readonly string[]): Map<string, NumberRow> {
  if (e164s.length === 0) return new Map();
  const rows = db.prepare('SELECT * FROM numbers WHERE e164 IN (SELECT value FROM json_each(?))').all(JSON.stringify(e164s)) as NumberRow[];
  return new Map(rows.map((row) => [row.e164, row]));
}

const INSERT = `INSERT INTO numbers (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;

export function insertNumberRow(db: Database.Database, columns: NumberColumns): number {
  // Bound by position: an import inserts thousands, and binding 32 names costs more than the insert.
  return Number(db.prepare(INSERT).run(COLUMNS.map((name) => columns[name])).lastInsertRowid);
}

/**
 * Writes the columns of `after` that differ from `before`, the row as stored in this transaction: an index or
 * trigger on a column left alone is not touched (a renewal rewrites neither the number's E.164 key nor,
 * when its deadline holds, the deadline index), so the commit writes fewer pages.
 */
export function updateNumberRow(db: Database.Database, before: NumberRow, after: NumberRow): void {
  const changed = COLUMNS.filter((name) => after[name] !== before[name]);
  if (changed.length === 0) return;
  db.prepare(`UPDATE numbers SET ${changed.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`).run(...changed.map((name) => after[name]), after.id);
}

/** Writes every column of a row, whatever is stored (a replay, an import planned before its transaction). */
export function writeNumberRow(db: Database.Database, row: NumberRow): void {
  const assignments = COLUMNS.map((name) => `${name} = @${name}`).join(', ');
  db.prepare(`UPDATE numbers SET ${assignments} WHERE id = @id`).run(row);
}

export function deleteNumberRow(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM numbers WHERE id = ?').run(id).changes > 0;
}

/**
 * Every number that names a carrier (archived ones too), with what a carrier session needs of it, in the
 * list's order: by deadline, then those without one as they were added.
 */
export function numbersByCarrier(db: Database.Database): Pick<NumberRow, 'id' | 'e164' | 'carrier' | 'country' | 'account_ref'>[] {
  return db
    .prepare("SELECT id, e164, carrier, country, account_ref FROM numbers WHERE carrier != '' ORDER BY deadline_ends_at IS NULL, deadline_ends_at, id")
    .all() as Pick<NumberRow, 'id' | 'e164' | 'carrier' | 'country' | 'account_ref'>[];
}

/**
 * Numbers in deadline order (those without a deadline last). `digits` matches a number typed in any
 * format; `text` matches label, owner, carrier, tags and notes. With `columns`, only those are read.
 */
export function listNumberRows(db: Database.Database, filter: RowFilter, at?: StatusClock | null): NumberRow[];
export function listNumberRows<C extends keyof NumberRow>(db: Database.Database, filter: RowFilter, at: StatusClock | null, columns: readonly C[]): Pick<NumberRow, C>[];
export function listNumberRows(db: Database.Database, filter: RowFilter, at: StatusClock | null = null, columns: readonly (keyof NumberRow)[] | null = null): Partial<NumberRow>[] {
  return rowsInDeadlineOrder(db, whereMatching(db, filter, at), 'ascending', 0, -1, columns);
}
