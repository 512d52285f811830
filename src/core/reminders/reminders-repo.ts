import type Database from 'better-sqlite3';
import type { ReminderKind, ReminderState } from '#shared/reminders.ts';

/** States in which a reminder may still fire or still asks for attention. */
export const WAITING_STATES = ['pending', 'snoozed'] as const;

/** A `reminders` row as SQLite holds it. */
export interface ReminderRow {
  id: number;
  number_id: number;
  deadline_on: string;
  deadline_ends_at: string;
  kind: ReminderKind;
  offset_days: number;
  fire_at: string;
  due_at: string;
  state: ReminderState;
  shown_at: string | null;
  shown_count: number;
  snoozed_until: string | null;
  closed_at: string | null;
  created_at: string;
}

/** What a reminder's view shows of its row. */
export type ReminderViewRow = Omit<ReminderRow, 'shown_count' | 'closed_at' | 'created_at'>;

const byFireAt = (a: ReminderRow, b: ReminderRow) => (a.fire_at < b.fire_at ? -1 : a.fire_at > b.fire_at ? 1 : a.id - b.id);

/**
 * A number's reminders by firing time. Sorted here: with `number_id = ?` and an ORDER BY, SQLite re-prepares
 * the statement on every run (a plan that depends on the bound value), which costs several times the query.
 */
export function remindersOfNumber(db: Database.Database, numberId: number): ReminderRow[] {
  return (db.prepare('SELECT * FROM reminders WHERE number_id = ?').all(numberId) as ReminderRow[]).sort(byFireAt);
}

export function reminderById(db: Database.Database, id: number): ReminderRow | undefined {
  return db.prepare('SELECT * FROM reminders WHERE id = ?').get(id) as ReminderRow | undefined;
}

const byDueAt = (a: ReminderViewRow, b: ReminderViewRow) => (a.due_at < b.due_at ? -1 : a.due_at > b.due_at ? 1 : a.id - b.id);

/**
 * Every lookup of reminders by state and due time names this: the index that answers it holds only open
 * reminders (migration 10), and SQLite uses a partial index only for a query that says so.
 */
export const OPEN_REMINDER = 'closed_at IS NULL';

/**
 * The claim that makes a reminder show once: every reminder still waiting and due becomes `shown` in one
 * conditional UPDATE, inside the scan's IMMEDIATE transaction, so of two scans (threads, processes) the
 * second finds nothing left to claim. Returns the claimed rows as they now are, in order of due time, with
 * only the columns a view shows; those the UPDATE set are filled in here (every column returned costs,
 * for each of up to hundreds of rows, inside the write lock).
 */
export function claimDue(db: Database.Database, now: string): ReminderViewRow[] {
  const claimed = db
    .prepare(
      "UPDATE reminders SET state = 'shown', shown_at = @now, shown_count = shown_count + 1, snoozed_until = NULL " +
        `WHERE state IN ('pending', 'snoozed') AND due_at <= @now AND ${OPEN_REMINDER} ` +
        'RETURNING id, number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at',
    )
    .all({ now }) as Omit<ReminderViewRow, 'state' | 'shown_at' | 'snoozed_until'>[];
  return claimed.map((row): ReminderViewRow => ({ ...row, state: 'shown', shown_at: now, snoozed_until: null })).sort(byDueAt);
}

export function recentlyShown(db: Database.Database, limit: number): ReminderRow[] {
  return db
    .prepare('SELECT * FROM reminders WHERE shown_at IS NOT NULL ORDER BY shown_at DESC, id DESC LIMIT ?')
    .all(limit) as ReminderRow[];
}

/** Those `countUnacknowledged` counts, the most urgent first: the earliest deadline, then the earliest due. */
export function mostUrgentUnacknowledged(db: Database.Database, limit: number): ReminderRow[] {
  return db
    .prepare(`SELECT * FROM reminders WHERE state = 'shown' AND ${OPEN_REMINDER} ORDER BY deadline_ends_at, due_at, id LIMIT ?`)
    .all(limit) as ReminderRow[];
}

export function countUnacknowledged(db: Database.Database): number {
  return (db.prepare(`SELECT count(*) AS n FROM reminders WHERE state = 'shown' AND ${OPEN_REMINDER}`).get() as { n: number }).n;
}

export function readMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM reminder_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM reminder_meta WHERE key = ?').run(key);
  else db.prepare('INSERT INTO reminder_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
