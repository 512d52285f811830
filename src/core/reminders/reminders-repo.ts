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

/** The instant scans have claimed reminders up to ('' before the first claim): one seek of the claims' key. */
const CLAIMED_THROUGH = "coalesce((SELECT max(upto) FROM reminder_claims), '')";

/** A reminder still waiting that a scan has claimed: it has been shown, though its row does not say so yet. */
const CLAIMED = `(r.state IN ('pending', 'snoozed') AND r.closed_at IS NULL AND r.due_at <= ${CLAIMED_THROUGH})`;

/**
 * A reminder as it is: as stored, or shown by the first claim at or after its due time. (A reminder is made
 * to wait only with a due time after every claim so far, see `dueAfterClaims`, so that first claim is the
 * one that showed it.)
 */
const REMINDER = `r.id, r.number_id, r.deadline_on, r.deadline_ends_at, r.kind, r.offset_days, r.fire_at, r.due_at,
  CASE WHEN ${CLAIMED} THEN 'shown' ELSE r.state END AS state,
  CASE WHEN ${CLAIMED} THEN (SELECT min(upto) FROM reminder_claims WHERE upto >= r.due_at) ELSE r.shown_at END AS shown_at,
  r.shown_count + ${CLAIMED} AS shown_count,
  CASE WHEN ${CLAIMED} THEN NULL ELSE r.snoozed_until END AS snoozed_until,
  r.closed_at, r.created_at`;

export function claimedThrough(db: Database.Database): string {
  return db.prepare(`SELECT ${CLAIMED_THROUGH}`).pluck().get() as string;
}

/**
 * The due time to give a reminder made to wait (planned, moved, revived, snoozed): its own, or just after the
 * latest claim if that is later (planned late, or a clock set back), so no claim already made covers it.
 */
export function dueAfterClaims(dueAt: string, through: string): string {
  return dueAt > through ? dueAt : new Date(Date.parse(through) + 1).toISOString();
}

/**
 * Writes into the rows of claimed reminders what the claims say of them (shown, when, once more), so a
 * writer that changes their state keeps it: `scope` picks the rows (`1` for all), with its parameters.
 */
export function settleClaims(db: Database.Database, scope: SettleScope, ...params: number[]): void {
  db.prepare(settleClaimsSql(scope)).run(...params);
}

export type SettleScope = 'number_id = ?' | 'id = ?' | '1';

/** `CLAIMED` with its columns kept off the open reminders' index (`+`): for statements that name a key. */
const CLAIMED_BY_KEY = CLAIMED.replace(/r\.(state|closed_at|due_at)/g, '+r.$1');

const settle = (where: string, claimed: string) =>
  "UPDATE reminders AS r SET state = 'shown', shown_at = (SELECT min(upto) FROM reminder_claims WHERE upto >= r.due_at), " +
  `shown_count = r.shown_count + 1, snoozed_until = NULL WHERE ${where} AND ${claimed}`;

// A number's few rows are found by its key: SQLite would otherwise walk the open reminders' index over
// every claimed reminder (thousands), its terms looking the more selective.
const SETTLE_SQL: Record<SettleScope, string> = {
  'number_id = ?': settle('r.number_id = ?', CLAIMED_BY_KEY),
  'id = ?': settle('r.id = ?', CLAIMED_BY_KEY),
  '1': settle('1', CLAIMED),
};

export function settleClaimsSql(scope: SettleScope): string {
  return SETTLE_SQL[scope];
}

/**
 * A number's reminders by firing time. Sorted here: with `number_id = ?` and an ORDER BY, SQLite re-prepares
 * the statement on every run (a plan that depends on the bound value), which costs several times the query.
 */
export function remindersOfNumber(db: Database.Database, numberId: number): ReminderRow[] {
  return (db.prepare(`SELECT ${REMINDER} FROM reminders r WHERE r.number_id = ?`).all(numberId) as ReminderRow[]).sort(byFireAt);
}

/** Every reminder as it is (claims included), by id: for checks over the whole table. */
export function everyReminder(db: Database.Database): ReminderRow[] {
  return db.prepare(`SELECT ${REMINDER} FROM reminders r ORDER BY r.id`).all() as ReminderRow[];
}

export function reminderById(db: Database.Database, id: number): ReminderRow | undefined {
  return db.prepare(`SELECT ${REMINDER} FROM reminders r WHERE r.id = ?`).get(id) as ReminderRow | undefined;
}

/**
 * Every lookup of reminders by state and due time names this: the index that answers it holds only open
 * reminders (migration 10), and SQLite uses a partial index only for a query that says so.
 */
export const OPEN_REMINDER = 'closed_at IS NULL';

/** A reminder a scan claimed: what the notices need of every one (the rest is read for those they name). */
export interface ClaimedReminder {
  id: number;
  due_at: string;
}

/**
 * The claim that makes a reminder show once: every reminder still waiting and due since the last claim is
 * claimed by one row (`upto`: now), inside the scan's IMMEDIATE transaction, so of two scans (threads,
 * processes) the second finds nothing left to claim, and a scan rolled back claimed nothing. The due
 * reminders are found on the open reminders' index alone. In order of due time.
 */
export function claimDue(db: Database.Database, now: string): ClaimedReminder[] {
  const through = claimedThrough(db);
  if (now <= through) return [];
  const claimed = db
    .prepare(`SELECT id, due_at FROM reminders WHERE state IN ('pending', 'snoozed') AND due_at > ? AND due_at <= ? AND ${OPEN_REMINDER}`)
    .all(through, now) as ClaimedReminder[];
  if (claimed.length === 0) return [];
  db.prepare('INSERT INTO reminder_claims (upto) VALUES (?)').run(now);
  return claimed.sort((a, b) => (a.due_at < b.due_at ? -1 : a.due_at > b.due_at ? 1 : a.id - b.id));
}

/**
 * Reminders this scan claimed, as a view shows them, in the order given: shown now, which the claim says,
 * so only the columns it leaves as they were are read.
 */
export function claimedRows(db: Database.Database, claimed: readonly ClaimedReminder[], now: string): ReminderViewRow[] {
  if (claimed.length === 0) return [];
  const rows = db
    .prepare('SELECT id, number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at FROM reminders WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(claimed.map((reminder) => reminder.id))) as Omit<ReminderViewRow, 'state' | 'shown_at' | 'snoozed_until'>[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return claimed.flatMap((reminder) => {
    const row = byId.get(reminder.id);
    return row ? [{ ...row, state: 'shown' as const, shown_at: now, snoozed_until: null }] : [];
  });
}

const newestShownFirst = (a: ReminderRow, b: ReminderRow) =>
  a.shown_at !== b.shown_at ? (a.shown_at! > b.shown_at! ? -1 : 1) : a.due_at !== b.due_at ? (a.due_at > b.due_at ? -1 : 1) : b.id - a.id;

/**
 * The reminders shown most recently, newest first (of those shown by one scan, the latest due first): those
 * whose rows say so, and those claimed since. A claimed one was shown by the first claim after its due time,
 * so the later its due time the later it was shown: the newest are the latest due, read from the end of the
 * open reminders' index, and only they are given the time they were shown.
 */
export function recentlyShown(db: Database.Database, limit: number): ReminderRow[] {
  const stored = db
    .prepare('SELECT r.* FROM reminders r WHERE r.shown_at IS NOT NULL ORDER BY r.shown_at DESC, r.due_at DESC, r.id DESC LIMIT ?')
    .all(limit) as ReminderRow[];
  const through = claimedThrough(db);
  const claimed = db.prepare(
    `SELECT ${REMINDER} FROM reminders r WHERE r.state = ? AND r.${OPEN_REMINDER} AND r.due_at <= ? ORDER BY r.due_at DESC, r.id DESC LIMIT ?`,
  );
  return [...stored, ...(claimed.all('pending', through, limit) as ReminderRow[]), ...(claimed.all('snoozed', through, limit) as ReminderRow[])]
    .sort(newestShownFirst)
    .slice(0, limit);
}

/** Those `countUnacknowledged` counts, the most urgent first: the earliest deadline, then the earliest due. */
export function mostUrgentUnacknowledged(db: Database.Database, limit: number): ReminderRow[] {
  return db
    .prepare(
      `SELECT ${REMINDER} FROM reminders r WHERE ((r.state = 'shown' AND r.${OPEN_REMINDER}) OR ${CLAIMED}) ORDER BY r.deadline_ends_at, r.due_at, r.id LIMIT ?`,
    )
    .all(limit) as ReminderRow[];
}

/** Reminders shown and still waiting for the user (neither snoozed nor dismissed since). */
export function countUnacknowledged(db: Database.Database): number {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM reminders WHERE state = 'shown' AND ${OPEN_REMINDER}) +
        (SELECT count(*) FROM reminders r WHERE r.state IN ('pending', 'snoozed') AND r.${OPEN_REMINDER} AND r.due_at <= ${CLAIMED_THROUGH})`,
    )
    .pluck()
    .get() as number;
}

export function readMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM reminder_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM reminder_meta WHERE key = ?').run(key);
  else db.prepare('INSERT INTO reminder_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
