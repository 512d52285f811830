import type Database from 'better-sqlite3';
import { encodeState, type StoredState } from './event-states.ts';
import type { NumberRow } from './number-rows.ts';

export interface EventRow {
  id: number;
  number_id: number;
  kind: string;
  occurred_on: string;
  recorded_at: string;
  amount_minor: number | null;
  currency: string | null;
  activity_type: string | null;
  method: string;
  reason: string;
  note: string;
  source: string;
  details: string;
  /** The number as it was before and after the event (event-states.ts). */
  state_before: StoredState;
  state_after: StoredState;
  revision_after: number;
}

export type EventColumns = Omit<EventRow, 'id'>;

/** The id the next event gets (SQLite's own choice for a rowid table: one past the largest). */
export function nextEventId(db: Database.Database): number {
  return db.prepare('SELECT coalesce(max(id), 0) + 1 FROM events').pluck().get() as number;
}

/** Inserts an event, with its id when the caller chose it (nextEventId); returns the id. */
export function insertEventRow(db: Database.Database, columns: EventColumns & { id?: number }): number {
  const names = Object.keys(columns);
  const sql = `INSERT INTO events (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`;
  return Number(db.prepare(sql).run(columns).lastInsertRowid);
}

export function updateEventState(db: Database.Database, id: number, after: NumberRow): void {
  db.prepare('UPDATE events SET state_after = ?, revision_after = ? WHERE id = ?').run(encodeState(after), after.revision, id);
}

/** A number's events, newest first by the day each happened; of one day, the one recorded last first. */
export function listEventRows(db: Database.Database, numberId: number): EventRow[] {
  return db.prepare('SELECT * FROM events WHERE number_id = ? ORDER BY occurred_on DESC, id DESC').all(numberId) as EventRow[];
}

export function lastEventRow(db: Database.Database, numberId: number): EventRow | undefined {
  return db.prepare('SELECT * FROM events WHERE number_id = ? ORDER BY id DESC LIMIT 1').get(numberId) as
    | EventRow
    | undefined;
}

export function deleteEventRow(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM events WHERE id = ?').run(id);
}

export function eventById(db: Database.Database, id: number): { kind: string; occurredOn: string } | null {
  const row = db.prepare('SELECT kind, occurred_on AS occurredOn FROM events WHERE id = ?').get(id) as
    | { kind: string; occurredOn: string }
    | undefined;
  return row ?? null;
}
