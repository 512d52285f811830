// The reminder methods of the contract (issue 5), spread into `contract` in contract.ts.
import * as z from 'zod';
import { Id } from './primitives.ts';
import { DailyOverdue, ReminderView, ScanResult, SnoozeInput, TrayState } from './reminders.ts';

const READ = ['invalid_input'] as const;
const READ_ONE = ['invalid_input', 'not_found'] as const;

export const remindersContract = {
  /** A number's reminders, in firing order, with their state; and the daily overdue ones still to be planned. */
  'reminders.list': {
    errors: READ_ONE,
    input: z.strictObject({ numberId: Id }),
    output: z.object({ items: z.array(ReminderView), dailyOverdue: DailyOverdue.nullable() }),
  },
  /** What fired, newest first; `unacknowledged`: shown and not yet snoozed, dismissed or done. */
  'reminders.inbox': {
    errors: READ,
    input: z.strictObject({ limit: z.int().min(1).max(200).default(50) }),
    output: z.object({ items: z.array(ReminderView), unacknowledged: z.int().min(0) }),
  },
  /**
   * What waits for the user (shown, not yet snoozed, dismissed or done), the most urgent first: the earliest
   * deadline, then the earliest due. `unacknowledged` counts them all, past the `limit` listed.
   */
  'reminders.waiting': {
    errors: READ,
    input: z.strictObject({ limit: z.int().min(1).max(50).default(3) }),
    output: z.object({ items: z.array(ReminderView), unacknowledged: z.int().min(0) }),
  },
  /** Runs the due-scan now: claims what is due (each reminder once, ever) and says what to show. */
  'reminders.scan': { errors: READ, input: z.strictObject({}), output: ScanResult },
  'reminders.snooze': { errors: READ_ONE, input: SnoozeInput, output: ReminderView },
  'reminders.dismiss': { errors: READ_ONE, input: z.strictObject({ id: Id }), output: ReminderView },
  /**
   * Dismisses every reminder waiting for the user (shown, not snoozed) that was shown by `shownUntil`: what
   * the user saw listed, not one a scan shows meanwhile. An import of lapsed numbers can leave thousands.
   */
  'reminders.dismissAll': {
    errors: READ,
    input: z.strictObject({ shownUntil: z.iso.datetime({ offset: true }) }),
    output: z.object({ dismissed: z.int().min(0), unacknowledged: z.int().min(0) }),
  },
  /** Holds every reminder for `minutes` (0 resumes); what falls due meanwhile fires when the pause ends. */
  'reminders.pause': {
    errors: READ,
    input: z.strictObject({ minutes: z.int().min(0).max(1440) }),
    output: z.object({ pausedUntil: z.string().nullable() }),
  },
  /**
   * Re-plans every number's reminders for the lead times in the settings, unless the plan was already built
   * from them. A change of lead times runs it as a job: an agency's 10,000 numbers take over a second.
   */
  'reminders.replanAll': { errors: READ, input: z.strictObject({}), output: z.object({ replanned: z.int().min(0) }) },
  /** The tray: next 5 deadlines, the attention state and its count. */
  'reminders.trayState': { errors: READ, input: z.strictObject({}), output: TrayState },
} as const;
