import type Database from 'better-sqlite3';
import type { SettingsService } from '../settings/settings-store.ts';
import type { Clock } from '../ports.ts';
import { getNumberRow } from '../db/numbers-repo.ts';
import { isLater, liveWhenPlanned, planFor, reminderKey, type PlannedReminder } from './plan.ts';
import { claimedThrough, dueAfterClaims, remindersOfNumber, settleClaims, writeMeta, type ReminderRow } from './reminders-repo.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { eachStepped, type JobControl } from '../jobs/job-control.ts';

export interface PlanContext {
  db: Database.Database;
  clock: Clock;
  settings: SettingsService;
}

/** What the plan was last built from; a scan re-plans everything when the lead times differ from it. */
export const PLANNED_LEAD_TIMES = 'planned_lead_times';

/**
 * Brings a number's reminders in line with its deadline, in the caller's transaction. Reminders of a
 * deadline that no longer holds are closed: `done` when an event moved it (the user acted), `retired`
 * otherwise; they never fire. New ones are inserted once (the UNIQUE key); a dismissed or shown one is
 * never revived.
 */
export function replanReminders(ctx: PlanContext, numberId: number, closeAs: 'retired' | 'done' = 'retired', setByEvent = false): void {
  const row = getNumberRow(ctx.db, numberId);
  if (!row) return;
  // Its claimed reminders are closed, moved or reopened below as the shown ones they are.
  settleClaims(ctx.db, 'number_id = ?', numberId);
  applyPlan(ctx, row, remindersOfNumber(ctx.db, numberId), closeAs, setByEvent);
}

/** What a number's reminders are planned from (planFor, applyPlan); the lead times are the settings'. */
const PLANNED_FROM = [
  'archived', 'deadline_on', 'deadline_ends_at', 'time_zone', 'lapse_phases', 'auto_renew', 'payment_card_expiry', 'number_lost_at',
] as const satisfies readonly (keyof NumberRow)[];

/**
 * `replanReminders` for a number written in this transaction from `before` (as stored) to `after`. When
 * nothing its reminders are planned from changed and its plan was current, the plan stands: only the
 * revision it was built from moves on (a balance check, a note, a renewal that keeps the deadline).
 */
export function replanWritten(ctx: PlanContext, before: NumberRow, after: NumberRow, closeAs: 'retired' | 'done' = 'retired'): void {
  const planStands =
    PLANNED_FROM.every((column) => before[column] === after[column]) &&
    ctx.db.prepare('UPDATE reminder_plans SET revision = ? WHERE number_id = ? AND revision = ?').run(after.revision, after.id, before.revision).changes === 1;
  // An event that met the deadline and set a new one (`done`): see applyPlan.
  if (!planStands) replanReminders(ctx, after.id, closeAs, closeAs === 'done' && before.deadline_ends_at !== after.deadline_ends_at);
}

/** Plans the reminders of a number inserted in this transaction (`row` as stored): it has none yet to read. */
export function planNewNumber(ctx: PlanContext, row: NumberRow): void {
  applyPlan(ctx, row, [], 'retired');
}

function applyPlan(ctx: PlanContext, row: NumberRow, current: ReminderRow[], closeAs: 'retired' | 'done', setByEvent = false): void {
  const numberId = row.id;
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const { reminders: planned, later } = planFor(row, ctx.settings.get().leadTimesDays, now);
  const lostAt = new Date(row.number_lost_at ?? row.deadline_ends_at ?? 0);
  const existing = new Map(current.map((r) => [reminderKey({ deadlineEndsAt: r.deadline_ends_at, kind: r.kind, offsetDays: r.offset_days }), r]));
  const wanted = new Set<string>();
  const toldUntil = latestTold(current, row.deadline_ends_at);

  const inserts: unknown[][] = [];
  // The user has just met the deadline with an event that set this new one: a reminder of it already due
  // ("30 days left" right after a 30-day renewal) is no news. It is written as dismissed, so it never fires
  // and later plans count it as told (latestTold), as if the user had seen it.
  const alreadyHandled: unknown[][] = [];
  const through = claimedThrough(ctx.db);
  const revive = ctx.db.prepare(
    "UPDATE reminders SET state = 'pending', fire_at = @fireAt, due_at = @dueAt, closed_at = NULL WHERE id = @id",
  );
  const move = ctx.db.prepare("UPDATE reminders SET fire_at = @fireAt, due_at = @dueAt WHERE id = @id AND state = 'pending'");
  const reopen = ctx.db.prepare("UPDATE reminders SET state = 'shown', closed_at = NULL WHERE id = ?");

  for (const reminder of planned) {
    const key = reminderKey({ ...reminder, deadlineEndsAt: reminder.deadlineEndsAt });
    wanted.add(key);
    const fireAt = reminder.fireAt.toISOString();
    const dueAt = dueAfterClaims(fireAt, through);
    const stored = existing.get(key);
    const live = () => liveWhenPlanned(reminder, planned, now, lostAt, toldUntil);
    if (!stored) {
      if (setByEvent && reminder.kind === 'lead' && reminder.fireAt <= now) {
        alreadyHandled.push([numberId, reminder.deadlineOn, reminder.deadlineEndsAt, reminder.kind, reminder.offsetDays, fireAt, dueAt, nowIso, nowIso]);
      } else if (live()) {
        inserts.push([numberId, reminder.deadlineOn, reminder.deadlineEndsAt, reminder.kind, reminder.offsetDays, fireAt, dueAt, nowIso]);
      }
    } else if (stored.state === 'pending' && stored.fire_at !== fireAt) {
      move.run({ id: stored.id, fireAt, dueAt });
    } else if ((stored.state === 'retired' || stored.state === 'done') && stored.shown_at === null && live()) {
      // The deadline came back (an undone renewal, an edit reverted): its unshown reminders apply again.
      revive.run({ id: stored.id, fireAt, dueAt });
    } else if ((stored.state === 'retired' || stored.state === 'done') && stored.shown_at !== null && now < lostAt) {
      // One already shown waits for the user again, as it did before; shown once, it never fires again.
      reopen.run(stored.id);
    }
  }

  insertReminders(ctx.db, inserts);
  for (const values of alreadyHandled) {
    ctx.db
      .prepare(
        `INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, created_at, closed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'dismissed', ?, ?) ON CONFLICT (number_id, deadline_ends_at, kind, offset_days) DO NOTHING`,
      )
      .run(values);
  }

  const closed: number[] = [];
  for (const [key, stored] of existing) {
    const open = stored.state === 'pending' || stored.state === 'snoozed' || stored.state === 'shown';
    if (open && !wanted.has(key) && !isLater(later, stored) && !staysWithUser(stored, planned)) closed.push(stored.id);
  }
  // In one statement: a renewal of a number with a month of grace closes some thirty.
  if (closed.length > 0) {
    ctx.db.prepare('UPDATE reminders SET state = ?, closed_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(closeAs, nowIso, JSON.stringify(closed));
  }
  // When its next overdue day begins, the scan plans the number again (planLaterDays).
  const extendAt = later?.firstFireAt.toISOString() ?? null;
  ctx.db
    .prepare(
      'INSERT INTO reminder_plans (number_id, revision, extend_at) VALUES (?, ?, ?) ON CONFLICT (number_id) DO UPDATE SET revision = excluded.revision, extend_at = excluded.extend_at',
    )
    .run(numberId, row.revision, extendAt);
}

/**
 * The latest moment of a reminder of this deadline that the user has been told (shown, dismissed, snoozed):
 * re-planning fires nothing new from before it (`liveWhenPlanned`).
 */
function latestTold(current: readonly ReminderRow[], deadlineEndsAt: string | null): Date | null {
  let latest: string | null = null;
  for (const stored of current) {
    const told = stored.shown_at !== null || stored.state === 'dismissed' || stored.state === 'snoozed';
    if (told && stored.kind !== 'card_expiring' && stored.deadline_ends_at === deadlineEndsAt && (latest === null || stored.fire_at > latest)) {
      latest = stored.fire_at;
    }
  }
  return latest === null ? null : new Date(latest);
}

/**
 * A lead reminder the user has in hand, of a deadline still planned, stays when new lead times leave its
 * offset out: a snoozed one keeps the time the user chose, a shown one still waits for them.
 */
function staysWithUser(stored: ReminderRow, planned: readonly PlannedReminder[]): boolean {
  const inHand = stored.state === 'snoozed' || stored.state === 'shown';
  return inHand && stored.kind === 'lead' && planned.some((reminder) => reminder.deadlineEndsAt === stored.deadline_ends_at);
}

const INSERT_BATCH = 8;
const REMINDER_VALUES = "(?, ?, ?, ?, ?, ?, ?, 'pending', ?)";

/** New reminders, up to 8 in one statement: a plan inserts several, and a statement costs more than a row. */
function insertReminders(db: Database.Database, rows: unknown[][]): void {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    db.prepare(
      `INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, created_at)
       VALUES ${Array.from(batch, () => REMINDER_VALUES).join(', ')}
       ON CONFLICT (number_id, deadline_ends_at, kind, offset_days) DO NOTHING`,
    ).run(batch.flat());
  }
}

/**
 * Re-plans numbers changed by a writer that did not re-plan (a bulk edit, a restored row): their revision
 * differs from the one their plan was built from. The scan runs this first, so a stale reminder never fires.
 */
export function replanStale(ctx: PlanContext): void {
  const stale = ctx.db
    .prepare('SELECT n.id FROM numbers n LEFT JOIN reminder_plans p ON p.number_id = n.id WHERE p.revision IS NOT n.revision')
    .pluck()
    .all() as number[];
  for (const id of stale) replanReminders(ctx, id);
}

/**
 * Leaves the reminders of a number inserted in this transaction to be planned once it commits: an import's
 * thousands of new numbers are planned after it, a few at a time (background-plans.ts), and any scan plans
 * those still waiting before it claims (planLaterDays), so none is missed.
 */
export function planAfterCommit(ctx: PlanContext, row: NumberRow, nowIso: string): void {
  ctx.db.prepare('INSERT INTO reminder_plans (number_id, revision, extend_at) VALUES (?, ?, ?)').run(row.id, row.revision, nowIso);
}

/**
 * Plans the numbers whose plan is due (an overdue day has begun, or a plan left for after a commit), at most
 * `limit` of them, earliest first; caller's transaction. Returns how many it planned.
 */
export function planLaterDays(ctx: PlanContext, nowIso: string, limit = -1): number {
  const due = ctx.db.prepare('SELECT number_id FROM reminder_plans WHERE extend_at <= ? ORDER BY extend_at LIMIT ?').pluck().all(nowIso, limit) as number[];
  for (const id of due) replanReminders(ctx, id);
  return due.length;
}

/** Whether a number's plan is due (see planLaterDays). */
export function planIsDue(db: Database.Database, numberId: number, nowIso: string): boolean {
  return db.prepare('SELECT 1 FROM reminder_plans WHERE number_id = ? AND extend_at <= ?').pluck().get(numberId, nowIso) !== undefined;
}


/**
 * Re-plans every number (lead times changed, or the plan predates this version); caller's transaction.
 * Run as a job, it reports its progress and stops when cancelled. Returns how many numbers it re-planned.
 */
export function replanAll(ctx: PlanContext, job?: JobControl): number {
  const ids = ctx.db.prepare('SELECT id FROM numbers ORDER BY id').pluck().all() as number[];
  eachStepped(job, ids, (id) => replanReminders(ctx, id));
  writeMeta(ctx.db, PLANNED_LEAD_TIMES, JSON.stringify(ctx.settings.get().leadTimesDays));
  return ids.length;
}
