import type Database from 'better-sqlite3';
import type { Locale } from '#shared/locale.ts';
import type { ReminderNotice, ScanResult } from '#shared/reminders.ts';
import { CHANGE_STAMP_SQL } from '../db/change-stamp.ts';
import { quietUntil, userZone } from './local-time.ts';
import { claimDue, claimedRows, OPEN_REMINDER, writeMeta, type ClaimedReminder } from './reminders-repo.ts';
import { PLANNED_LEAD_TIMES, planLaterDays, replanAll, replanStale, type PlanContext } from './replan.ts';
import { SUMMARY_NAMES, summaryText } from './texts.ts';
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

/** The notices of the reminders a scan claimed (in order of due time): one each, or a summary of a burst. */
function notices(ctx: ScanContext, claimed: ClaimedReminder[], now: Date, lastScanAt: string | null): ReminderNotice[] {
  const missedMs = MISSED_AFTER_INTERVALS * ctx.settings.get().scanIntervalMinutes * 60_000;
  // Compared as ISO strings: a burst has hundreds of due times to test.
  const missedBefore = new Date(now.getTime() - missedMs).toISOString();
  const late = claimed.some((reminder) => reminder.due_at < missedBefore);
  if (claimed.length > 1 && (late || claimed.length > BURST_LIMIT)) {
    const away = lastScanAt === null || now.getTime() - Date.parse(lastScanAt) > missedMs;
    const reason = late ? (away ? 'away' : 'held') : 'many';
    // Only those the summary names are put in words.
    const named = reminderViews(ctx.db, claimedRows(ctx.db, claimed.slice(0, SUMMARY_NAMES), now.toISOString()), ctx.locale, now);
    const { title, body } = summaryText(reason, named.map((view) => view.title), claimed.length, ctx.locale);
    return [{ type: 'summary', reason, title, body, numberId: null, reminders: named, reminderIds: claimed.map((reminder) => reminder.id) }];
  }
  return reminderViews(ctx.db, claimedRows(ctx.db, claimed, now.toISOString()), ctx.locale, now).map((view) => ({
    type: 'single', reason: null, title: view.title, body: view.body, numberId: view.numberId, reminders: [view], reminderIds: [view.id],
  }));
}

/** What the quick check reads: is anything due, when the next reminder falls due, a pause, the lead times planned for. */
interface QuickCheck {
  stamp: string;
  nextDueAt: string | null;
  pausedUntil: string | null;
  plannedLeadTimes: string | null;
}

/** What a scan keeps about each open database (a restore opens a new one, which starts afresh). */
interface ScanMemo {
  quick: Database.Statement<[], QuickCheck>;
  stamp: Database.Statement<[], string>;
  /** The last quick check, valid while the stamp is (nothing in the database has changed since). */
  checked: QuickCheck | null;
  /** The settings' lead times and their JSON, remembered by identity (settings replace the array on change). */
  leadTimes: readonly number[] | null;
  leadTimesJson: string;
  /** When this process last scanned this database: a scan with nothing to show writes nothing. */
  lastScanAt: string | null;
}

const memos = new WeakMap<Database.Database, ScanMemo>();

function leadTimesJson(memo: ScanMemo, leadTimes: readonly number[]): string {
  if (memo.leadTimes !== leadTimes) {
    memo.leadTimes = leadTimes;
    memo.leadTimesJson = JSON.stringify(leadTimes);
  }
  return memo.leadTimesJson;
}

/**
 * The quick check, read again only when something in the database changed (this connection's writes, or a
 * commit by another one: a job's worker, another process); otherwise the one read before still says when
 * the next reminder falls due, and the clock alone says whether it has.
 */
function quickCheck(memo: ScanMemo): QuickCheck {
  const stamp = memo.stamp.get()!;
  if (memo.checked?.stamp !== stamp) memo.checked = memo.quick.get()!;
  return memo.checked;
}

/**
 * The due-scan. What is due is decided from the clock and the database alone, never from which timer
 * ticks ran, so slots node-cron skipped while the machine slept are caught up here. Most scans find
 * nothing due: they write nothing, and while nothing in the database changed they read nothing but its
 * change counters. Otherwise the whole scan is one IMMEDIATE transaction and the due reminders are claimed
 * by a conditional UPDATE, so concurrent scans (in this process or another) show each reminder once; a
 * scan killed before COMMIT claimed nothing.
 */
export function scanDue(ctx: ScanContext): ScanResult {
  const memo = memos.get(ctx.db);
  // The first scan of an open database takes the full path: it also checks every plan (see fullScan).
  if (memo === undefined) return fullScan(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const settings = ctx.settings.get();
  const quick = quickCheck(memo);
  const calm =
    !(quick.nextDueAt !== null && quick.nextDueAt <= nowIso) &&
    quick.plannedLeadTimes === leadTimesJson(memo, settings.leadTimesDays) &&
    !(quick.pausedUntil !== null && quick.pausedUntil > nowIso) &&
    (settings.quietHours === null || quietUntil(now, settings.quietHours, userZone(ctx.clock)) === null);
  if (!calm) return fullScan(ctx);
  memo.lastScanAt = nowIso;
  return { notices: [], heldUntil: null, heldBy: null };
}

function fullScan(ctx: ScanContext): ScanResult {
  const known = memos.get(ctx.db);
  let scannedAt = '';
  const result = ctx.db.transaction((): ScanResult => {
    // The time once the write lock is held: another process's scan may have run meanwhile.
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    scannedAt = nowIso;
    const settings = ctx.settings.get();
    const meta = ctx.db.prepare(SCAN_META).get() as ScanMeta;
    if (meta.plannedLeadTimes !== JSON.stringify(settings.leadTimesDays)) replanAll(ctx);
    // Every write re-plans in its own transaction; the stale check (a full join) is a safety net for rows
    // written before this version or by another process, so once per open database keeps scans flat.
    else if (known === undefined) replanStale(ctx);
    planLaterDays(ctx, nowIso);
    // Scans that found nothing wrote nothing: the later of this process's last scan and the stored one.
    const stored = meta.lastScanAt;
    const lastScanAt = known?.lastScanAt != null && (stored === null || known.lastScanAt > stored) ? known.lastScanAt : stored;
    writeMeta(ctx.db, LAST_SCAN_AT, nowIso);

    const { pausedUntil } = meta;
    if (pausedUntil !== null && pausedUntil > nowIso) return { notices: [], heldUntil: pausedUntil, heldBy: 'pause' };
    // Asking the machine for its zone builds an Intl formatter: only with quiet hours to place.
    const quietEnd = settings.quietHours === null ? null : quietUntil(now, settings.quietHours, userZone(ctx.clock));
    if (quietEnd !== null) return { notices: [], heldUntil: quietEnd.toISOString(), heldBy: 'quiet' };

    const claimed = claimDue(ctx.db, nowIso);
    return { notices: notices(ctx, claimed, now, lastScanAt), heldUntil: null, heldBy: null };
  }).immediate();
  // Remembered once committed: a scan rolled back leaves the next one to check every plan again.
  const memo: ScanMemo = known ?? {
    quick: ctx.db.prepare(QUICK_CHECK) as ScanMemo['quick'],
    stamp: ctx.db.prepare(`SELECT ${CHANGE_STAMP_SQL}`).pluck() as ScanMemo['stamp'],
    checked: null,
    leadTimes: null,
    leadTimesJson: '',
    lastScanAt: null,
  };
  memo.lastScanAt = scannedAt;
  memos.set(ctx.db, memo);
  return result;
}

interface ScanMeta {
  plannedLeadTimes: string | null;
  lastScanAt: string | null;
  pausedUntil: string | null;
}

// What a full scan reads of reminder_meta, in one statement before anything else (a re-plan writes only
// the planned lead times, which it is compared with first).
const SCAN_META = `SELECT
  (SELECT value FROM reminder_meta WHERE key = '${PLANNED_LEAD_TIMES}') AS plannedLeadTimes,
  (SELECT value FROM reminder_meta WHERE key = '${LAST_SCAN_AT}') AS lastScanAt,
  (SELECT value FROM reminder_meta WHERE key = '${PAUSED_UNTIL}') AS pausedUntil`;

// The earliest waiting reminder, or overdue day to plan: one index seek each. Reminders due at or before the
// last claim were shown by it (reminders-repo.ts): the next one due is after it.
const QUICK_CHECK = `WITH claimed AS (SELECT coalesce(max(upto), '') AS through FROM reminder_claims)
SELECT
  ${CHANGE_STAMP_SQL} AS stamp,
  (SELECT min(due_at) FROM (
    SELECT min(due_at) AS due_at FROM reminders WHERE state = 'pending' AND ${OPEN_REMINDER} AND due_at > (SELECT through FROM claimed)
    UNION ALL SELECT min(due_at) FROM reminders WHERE state = 'snoozed' AND ${OPEN_REMINDER} AND due_at > (SELECT through FROM claimed)
    UNION ALL SELECT min(extend_at) FROM reminder_plans WHERE extend_at IS NOT NULL)) AS nextDueAt,
  (SELECT value FROM reminder_meta WHERE key = '${PAUSED_UNTIL}') AS pausedUntil,
  (SELECT value FROM reminder_meta WHERE key = '${PLANNED_LEAD_TIMES}') AS plannedLeadTimes`;
