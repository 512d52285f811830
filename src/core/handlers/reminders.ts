import { dismiss, dismissAll, pause, snooze, trayState } from '../reminders/actions.ts';
import { countUnacknowledged, mostUrgentUnacknowledged, readMeta, recentlyShown, remindersOfNumber } from '../reminders/reminders-repo.ts';
import { PLANNED_LEAD_TIMES, planIsDue, replanAll, replanReminders } from '../reminders/replan.ts';
import { scanDue } from '../reminders/scan.ts';
import { reminderViews } from '../reminders/views.ts';
import { dailyOverdue } from '../reminders/daily-overdue.ts';
import { requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';
import type { HandlerContext } from '../context.ts';
import { sqliteCode } from '../db/storage-cause.ts';

/**
 * A number just imported, whose reminders are still to be planned in the background, shows them planned;
 * while a job's worker holds the write lock, the page shows what is there and the planner catches up.
 */
function planBeforeReading(ctx: HandlerContext, numberId: number, nowIso: string): void {
  if (!planIsDue(ctx.db, numberId, nowIso)) return;
  try {
    // Planning twice (the background may get there first) changes nothing the second time.
    ctx.db.transaction(() => replanReminders(ctx, numberId)).immediate();
  } catch (error) {
    if (!sqliteCode(error)?.startsWith('SQLITE_BUSY')) throw error;
  }
}

export const reminderHandlers = {
  'reminders.list': ({ numberId }, ctx) => {
    const row = requireNumber(ctx, numberId);
    const now = ctx.clock.now();
    planBeforeReading(ctx, numberId, now.toISOString());
    return {
      items: reminderViews(ctx.db, remindersOfNumber(ctx.db, numberId), ctx.locale, now),
      dailyOverdue: dailyOverdue(row, ctx.settings.get().leadTimesDays, ctx.locale, now),
    };
  },
  'reminders.inbox': ({ limit }, ctx) => ({
    items: reminderViews(ctx.db, recentlyShown(ctx.db, limit), ctx.locale, ctx.clock.now()),
    unacknowledged: countUnacknowledged(ctx.db),
  }),
  'reminders.waiting': ({ limit }, ctx) => ({
    items: reminderViews(ctx.db, mostUrgentUnacknowledged(ctx.db, limit), ctx.locale, ctx.clock.now()),
    unacknowledged: countUnacknowledged(ctx.db),
  }),
  'reminders.scan': (_input, ctx) => scanDue(ctx),
  'reminders.snooze': (input, ctx) => {
    const row = snooze(ctx, input);
    return reminderViews(ctx.db, [row], ctx.locale, ctx.clock.now())[0]!;
  },
  'reminders.dismiss': ({ id }, ctx) => reminderViews(ctx.db, [dismiss(ctx, id)], ctx.locale, ctx.clock.now())[0]!,
  'reminders.dismissAll': ({ shownUntil }, ctx) => dismissAll(ctx, shownUntil),
  'reminders.pause': ({ minutes }, ctx) => ({ pausedUntil: pause(ctx, minutes) }),
  'reminders.trayState': (_input, ctx) => trayState(ctx),
  'reminders.replanAll': (_input, ctx) =>
    ctx.db.transaction(() => {
      // Already done (by a scan that came first, or a job queued twice): the plan matches the lead times.
      if (readMeta(ctx.db, PLANNED_LEAD_TIMES) === JSON.stringify(ctx.settings.get().leadTimesDays)) return { replanned: 0 };
      return { replanned: replanAll(ctx, ctx.job) };
    }).immediate(),
} satisfies Partial<Handlers>;
