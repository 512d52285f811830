import type { SnoozePreset, TrayState } from '#shared/reminders.ts';
import type { HandlerContext } from '../context.ts';
import { statusAt } from '../domain/lapse.ts';
import { dueAhead } from '../db/near-deadlines.ts';
import { readPhases, type NumberRow } from '../db/number-rows.ts';
import { invalidField, notFound } from '../errors.ts';
import { quietUntil, snoozeEnd, userZone } from './local-time.ts';
import { claimedThrough, countUnacknowledged, dueAfterClaims, OPEN_REMINDER, readMeta, reminderById, settleClaims, writeMeta, type ReminderRow } from './reminders-repo.ts';
import { PAUSED_UNTIL } from './scan.ts';
import { deadlineWhen, numberTitle } from './texts.ts';

const MAX_SNOOZE_MS = 366 * 86_400_000;

/** The reminder to act on, its row settled first (a claimed one is written as the shown one it is). */
function requireOpenReminder(ctx: HandlerContext, id: number): ReminderRow {
  settleClaims(ctx.db, 'id = ?', id);
  const reminder = reminderById(ctx.db, id);
  if (!reminder) throw notFound('reminder');
  if (reminder.state !== 'pending' && reminder.state !== 'shown' && reminder.state !== 'snoozed') {
    throw invalidField('id', 'reminder_closed', { state: reminder.state });
  }
  return reminder;
}

/** Snoozes a reminder until a preset time in the user's zone, or a chosen instant; it fires again then. */
export function snooze(ctx: HandlerContext, input: { id: number; preset: SnoozePreset; until: string | null }): ReminderRow {
  return ctx.db.transaction(() => {
    const reminder = requireOpenReminder(ctx, input.id);
    const now = ctx.clock.now();
    let until: Date;
    if (input.preset === 'until') {
      if (input.until === null) throw invalidField('until', 'required');
      until = new Date(input.until);
      if (until <= now) throw invalidField('until', 'not_in_future');
      if (until.getTime() - now.getTime() > MAX_SNOOZE_MS) throw invalidField('until', 'too_far_ahead', { max: 366 });
    } else if (reminder.state === 'pending' && reminder.due_at > now.toISOString()) {
      // "In an hour" or "tomorrow morning" on a reminder planned for weeks ahead would bring it forward.
      throw invalidField('preset', 'reminder_not_due');
    } else {
      until = snoozeEnd(input.preset, now, userZone(ctx.clock));
    }
    const iso = until.toISOString();
    const dueAt = dueAfterClaims(iso, claimedThrough(ctx.db));
    ctx.db.prepare("UPDATE reminders SET state = 'snoozed', snoozed_until = ?, due_at = ? WHERE id = ?").run(iso, dueAt, reminder.id);
    return reminderById(ctx.db, reminder.id) as ReminderRow;
  }).immediate();
}

export function dismiss(ctx: HandlerContext, id: number): ReminderRow {
  return ctx.db.transaction(() => {
    const reminder = requireOpenReminder(ctx, id);
    ctx.db
      .prepare("UPDATE reminders SET state = 'dismissed', snoozed_until = NULL, closed_at = ? WHERE id = ?")
      .run(ctx.clock.now().toISOString(), reminder.id);
    return reminderById(ctx.db, reminder.id) as ReminderRow;
  }).immediate();
}

/** Dismisses every reminder shown by `shownUntil` and still waiting for the user; how many, and how many still wait. */
export function dismissAll(ctx: HandlerContext, shownUntil: string): { dismissed: number; unacknowledged: number } {
  return ctx.db.transaction(() => {
    const until = new Date(shownUntil).toISOString();
    settleClaims(ctx.db, '1');
    const { changes } = ctx.db
      .prepare(`UPDATE reminders SET state = 'dismissed', closed_at = ? WHERE state = 'shown' AND ${OPEN_REMINDER} AND shown_at <= ?`)
      .run(ctx.clock.now().toISOString(), until);
    return { dismissed: changes, unacknowledged: countUnacknowledged(ctx.db) };
  }).immediate();
}

/**
 * "Pause reminders": kept in the database, not in memory, so a restart or a second window honours it;
 * nothing is lost, reminders due meanwhile fire when the pause ends. 0 minutes resumes.
 */
export function pause(ctx: HandlerContext, minutes: number): string | null {
  const until = minutes === 0 ? null : new Date(ctx.clock.now().getTime() + minutes * 60_000).toISOString();
  ctx.db.transaction(() => writeMeta(ctx.db, PAUSED_UNTIL, until)).immediate();
  return until;
}

function quietHoursEnd(now: Date, quiet: { start: string; end: string } | null, ctx: HandlerContext): TrayState['quietUntil'] {
  // Asking the machine for its zone builds an Intl formatter: only with quiet hours to place.
  const end = quiet === null ? null : quietUntil(now, quiet, userZone(ctx.clock));
  return end === null || quiet === null ? null : { at: end.toISOString(), clockTime: quiet.end };
}

/**
 * What the tray shows, read from the deadline index (it is asked after every scan, so it stays a few
 * indexed reads at any size): numbers in grace, numbers due today, and the five nearest not yet lost.
 */
export function trayState(ctx: HandlerContext): TrayState {
  const now = ctx.clock.now();
  const params = { now: now.toISOString() };
  const settings = ctx.settings.get();
  const dueSoonDays = Math.max(0, ...settings.leadTimesDays);
  const inGrace = ctx.db
    .prepare('SELECT count(*) FROM numbers WHERE archived = 0 AND deadline_ends_at <= @now AND number_lost_at > @now')
    .pluck()
    .get(params) as number;
  const dueToday = dueAhead(ctx.db, { now, dueSoonDays }, 0).near.length;
  const nearest = ctx.db
    .prepare('SELECT * FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL AND number_lost_at > @now ORDER BY deadline_ends_at, id LIMIT 5')
    .all(params) as NumberRow[];
  const next = nearest.map((row): TrayState['next'][number] => {
    const endsAt = new Date(row.deadline_ends_at as string);
    const status = statusAt(now, { on: row.deadline_on as string, endsAt }, row.time_zone, readPhases(row), dueSoonDays);
    const daysLeft = status.daysLeft ?? 0;
    return {
      numberId: row.id,
      title: numberTitle(row),
      deadlineOn: row.deadline_on as string,
      status: status.state,
      daysLeft,
      when: deadlineWhen(row.deadline_on as string, now < endsAt ? daysLeft : -1, ctx.locale),
    };
  });
  const count = inGrace + dueToday;
  const paused = readMeta(ctx.db, PAUSED_UNTIL);
  return {
    attention: count > 0,
    count,
    unacknowledged: countUnacknowledged(ctx.db),
    pausedUntil: paused !== null && paused > params.now ? paused : null,
    quietUntil: quietHoursEnd(now, settings.quietHours, ctx),
    next,
  };
}
