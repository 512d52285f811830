import * as z from 'zod';
import { Id, IsoDate } from './primitives.ts';
import { STATUS_STATES } from './numbers.ts';

export const REMINDER_KINDS = ['lead', 'overdue', 'lapse_tomorrow', 'card_expiring'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_STATES = ['pending', 'shown', 'snoozed', 'dismissed', 'done', 'retired'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export const SNOOZE_PRESETS = ['hour', 'evening', 'morning', 'until'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/** A reminder with the sentence it shows (in the caller's language). Instants are ISO 8601 UTC. */
export const ReminderView = z.object({
  id: Id,
  numberId: Id,
  /** Label and number, as a notification title. */
  title: z.string(),
  /** What to do and by when. */
  body: z.string(),
  kind: z.enum(REMINDER_KINDS),
  /** The day it fires minus the deadline day, in the carrier's zone (-7: a week before). */
  offsetDays: z.int(),
  deadlineOn: IsoDate,
  deadlineEndsAt: z.string(),
  fireAt: z.string(),
  /** When it may next fire: `fireAt`, or the end of a snooze. */
  dueAt: z.string(),
  state: z.enum(REMINDER_STATES),
  shownAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
});
export type ReminderView = z.infer<typeof ReminderView>;

/**
 * What a scan asks the shell (or the in-app banner) to show: one notice per reminder, or one summary of
 * several that were missed (`away`: Keepline was closed or asleep; `held`: quiet hours or a pause held
 * them; `many`: too many at once for one each).
 */
/**
 * The daily overdue reminders of grace still to come, as one entry: each is planned as its day begins
 * (in the carrier's zone), so it has no id to act on yet. Dates are the carrier's calendar dates.
 */
export const DailyOverdue = z.object({
  firstOn: IsoDate,
  lastOn: IsoDate,
  count: z.int().min(1),
  firstFireAt: z.string(),
  /** What each will say (the first one's sentence). */
  body: z.string(),
});
export type DailyOverdue = z.infer<typeof DailyOverdue>;

export const ReminderNotice = z.object({
  type: z.enum(['single', 'summary']),
  reason: z.enum(['away', 'held', 'many']).nullable(),
  title: z.string(),
  body: z.string(),
  /** The number a click opens; null for a summary (it opens the inbox). */
  numberId: Id.nullable(),
  /**
   * The reminders the notice names: a single's one, a summary's first few by due time. A summary after a
   * week away shows thousands; their views (a sentence each, from their numbers) would be built for nothing.
   */
  reminders: z.array(ReminderView),
  /** Every reminder the notice shows (marked shown by this scan), by due time. */
  reminderIds: z.array(Id),
});
export type ReminderNotice = z.infer<typeof ReminderNotice>;

export const ScanResult = z.object({
  notices: z.array(ReminderNotice),
  /** Set when nothing fired because of quiet hours or a pause: when firing resumes. */
  heldUntil: z.string().nullable(),
  heldBy: z.enum(['quiet', 'pause']).nullable(),
});
export type ScanResult = z.infer<typeof ScanResult>;

export const TrayDeadline = z.object({
  numberId: Id,
  title: z.string(),
  deadlineOn: IsoDate,
  status: z.enum(STATUS_STATES),
  daysLeft: z.int(),
  /** "3 Dec 2026 · in 7 days", in the caller's language. */
  when: z.string(),
});
export type TrayDeadline = z.infer<typeof TrayDeadline>;

export const TrayState = z.object({
  /** Anything overdue (in grace) or due today. */
  attention: z.boolean(),
  /** How many numbers are overdue or due today. */
  count: z.int().min(0),
  /** Reminders shown and not yet snoozed or dismissed. */
  unacknowledged: z.int().min(0),
  pausedUntil: z.string().nullable(),
  /** Set while quiet hours hold reminders back: when they end, and that end as the user set it ("07:00"). */
  quietUntil: z.object({ at: z.string(), clockTime: z.string() }).nullable(),
  next: z.array(TrayDeadline).max(5),
});
export type TrayState = z.infer<typeof TrayState>;

export const SnoozeInput = z.strictObject({
  id: Id,
  preset: z.enum(SNOOZE_PRESETS),
  /** Required with `until`: the instant, ISO 8601 with offset. */
  until: z.iso.datetime({ offset: true }).nullable().default(null),
});
