import type { Locale } from '#shared/locale.ts';
import type { ReminderNotice, ScanResult } from '#shared/reminders.ts';
import { quietUntil, userZone } from './local-time.ts';
import { claimReminder, dueReminders, readMeta, writeMeta, type ReminderRow } from './reminders-repo.ts';
import { PLANNED_LEAD_TIMES, replanAll, replanStale, type PlanContext } from './replan.ts';
import { summaryText } from './texts.ts';
import { reminderViews } from './views.ts';

/** A reminder due longer ago than this many scan intervals was missed (closed, asleep, held back). */
export const MISSED_AFTER_INTERVALS = 2;
/** More reminders than this at once make one summary instead of a burst. */
export const BURST_LIMIT = 3;
export const LAST_SCAN_AT = 'last_scan_at';
export const PAUSED_UNTIL = 'paused_until';

export interface ScanContext extends PlanContext {
  locale: Locale;
}

function notices(ctx: ScanContext, claimed: ReminderRow[], now: Date, lastScanAt: string | null): ReminderNotice[] {
  const views = reminderViews(ctx.db, claimed, ctx.locale);
  const missedMs = MISSED_AFTER_INTERVALS * ctx.settings.get().scanIntervalMinutes * 60_000;
  const late = claimed.some((reminder) => now.getTime() - Date.parse(reminder.due_at) > missedMs);
  if (views.length > 1 && (late || views.length > BURST_LIMIT)) {
    const away = lastScanAt === null || now.getTime() - Date.parse(lastScanAt) > missedMs;
    const reason = late ? (away ? 'away' : 'held') : 'many';
    const { title, body } = summaryText(reason, views.map((view) => view.title), ctx.locale);
    return [{ type: 'summary', reason, title, body, numberId: null, reminders: views }];
  }
  return views.map((view) => ({ type: 'single', reason: null, title: view.title, body: view.body, numberId: view.numberId, reminders: [view] }));
}

/**
 * The due-scan. What is due is decided from the clock and the database alone, never from which timer
 * ticks ran, so slots node-cron skipped while the machine slept are caught up here. The whole scan is one
 * IMMEDIATE transaction and each reminder is claimed by a conditional UPDATE, so concurrent scans (in
 * this process or another) show each reminder once; a scan killed before COMMIT claimed nothing.
 */
const checkedForStalePlans = new WeakSet<object>();

export function scanDue(ctx: ScanContext): ScanResult {
  return ctx.db.transaction((): ScanResult => {
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    const settings = ctx.settings.get();
    if (readMeta(ctx.db, PLANNED_LEAD_TIMES) !== JSON.stringify(settings.leadTimesDays)) replanAll(ctx);
    else if (!checkedForStalePlans.has(ctx.db)) replanStale(ctx);
    // Every write re-plans in its own transaction; the stale check (a full join) is a safety net for rows
    // written before this version or by another process, so once per open database keeps scans flat.
    checkedForStalePlans.add(ctx.db);
    const lastScanAt = readMeta(ctx.db, LAST_SCAN_AT);
    writeMeta(ctx.db, LAST_SCAN_AT, nowIso);

    const pausedUntil = readMeta(ctx.db, PAUSED_UNTIL);
    if (pausedUntil !== null && pausedUntil > nowIso) return { notices: [], heldUntil: pausedUntil, heldBy: 'pause' };
    const quietEnd = quietUntil(now, settings.quietHours, userZone(ctx.clock));
    if (quietEnd !== null) return { notices: [], heldUntil: quietEnd.toISOString(), heldBy: 'quiet' };

    const claimed = dueReminders(ctx.db, nowIso).filter((reminder) => claimReminder(ctx.db, reminder.id, nowIso));
    return { notices: notices(ctx, claimed, now, lastScanAt), heldUntil: null, heldBy: null };
  }).immediate();
}
