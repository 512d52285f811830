import type Database from 'better-sqlite3';
import type { NumberRow } from './number-rows.ts';

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

export function insertNumberRow(db: Database.Database, columns: NumberColumns): number {
  const names = COLUMNS.join(', ');
  const values = COLUMNS.map((name) => `@${name}`).join(', ');
  return Number(db.prepare(`INSERT INTO numbers (${names}) VALUES (${values})`).run(columns).lastInsertRowid);
}

/** Writes every column of a row: used for edits and to restore a row exactly on undo. */
export function writeNumberRow(db: Database.Database, row: NumberRow): void {
  const assignments = COLUMNS.map((name) => `${name} = @${name}`).join(', ');
  db.prepare(`UPDATE numbers SET ${assignments} WHERE id = @id`).run(row);
}

export function deleteNumberRow(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM numbers WHERE id = ?').run(id).changes > 0;
}

/** Filters that match a column's whole value, in any letter case. */
export interface ExactFilters {
  country?: string | undefined;
  carrier?: string | undefined;
  owner?: string | undefined;
  kind?: string | undefined;
  tag?: string | undefined;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Numbers in deadline order (those without a deadline last). `digits` matches a number typed in any
 * format; `text` matches label, owner, carrier, tags and notes.
 */
export function listNumberRows(
  db: Database.Database,
  filter: { text: string; digits: string; includeArchived: boolean } & ExactFilters,
): NumberRow[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (!filter.includeArchived) where.push('archived = 0');
  for (const column of ['country', 'carrier', 'owner', 'kind'] as const) {
    const value = filter[column];
    if (value === undefined) continue;
    params[column] = value;
    where.push(`${column} = @${column} COLLATE NOCASE`);
  }
  if (filter.tag !== undefined) {
    params.tag = filter.tag;
    where.push('EXISTS (SELECT 1 FROM json_each(numbers.tags) WHERE value = @tag COLLATE NOCASE)');
  }
  if (filter.text) {
    const textMatch = ['label', 'owner', 'carrier', 'tags', 'notes', 'account_ref', 'plan_name']
      .map((column) => `${column} LIKE @text ESCAPE '\\'`)
      .join(' OR ');
    params.text = `%${likeEscape(filter.text)}%`;
    if (filter.digits.length >= 3) {
      params.digits = `%${filter.digits}%`;
      where.push(`(${textMatch} OR digits LIKE @digits)`);
    } else {
      where.push(`(${textMatch})`);
    }
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return db
    .prepare(`SELECT * FROM numbers ${clause} ORDER BY deadline_ends_at IS NULL, deadline_ends_at, id`)
    .all(params) as NumberRow[];
}
