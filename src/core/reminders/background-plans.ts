// Plans, after an import commits, the reminders it left for later (planAfterCommit): a few numbers per
// transaction, yielding between them, so the calls the app makes meanwhile are answered at once.
import type { DatabaseHolder } from '../db/database-holder.ts';
import { sqliteCode } from '../db/storage-cause.ts';
import type { Clock, Logger } from '../ports.ts';
import type { SettingsService } from '../settings/settings-store.ts';
import { planLaterDays } from './replan.ts';

/** Numbers planned per transaction: a few milliseconds of work, a few hundred reminders. */
export const PLAN_CHUNK = 100;
/** How long to wait when a job's worker holds the write lock (an import, a bulk edit) before trying again. */
const BUSY_RETRY_MS = 250;

export interface BackgroundPlanner {
  /** Plans whatever is due, soon and in the background; a second call while it runs adds nothing. */
  kick(): void;
  /** Settles once nothing is left to plan, or it is held or stopped (or failed, which is logged). */
  settled(): Promise<void>;
  /**
   * Holds off while a job's worker writes (an import, a bulk action): SQLite's busy wait is not fair, and a
   * chunk taken each millisecond would starve the worker of the write lock. Released, it goes on.
   */
  hold(held: boolean): void;
  /** Stops before the next chunk: the database is closing (what is left waits for the next start). */
  stop(): void;
}

export interface PlannerDeps {
  database: DatabaseHolder;
  clock: Clock;
  settings: SettingsService;
  logger: Logger;
}

export function backgroundPlanner(deps: PlannerDeps): BackgroundPlanner {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let held = false;

  const chunk = (): number => {
    const db = deps.database.current;
    const ctx = { db, clock: deps.clock, settings: deps.settings };
    return db.transaction(() => planLaterDays(ctx, deps.clock.now().toISOString(), PLAN_CHUNK)).immediate();
  };

  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  const run = async (): Promise<void> => {
    for (;;) {
      again = false;
      await pause(0);
      if (stopped || held || !deps.database.current.open) return;
      let planned: number;
      try {
        planned = chunk();
      } catch (error) {
        if (sqliteCode(error)?.startsWith('SQLITE_BUSY')) {
          await pause(BUSY_RETRY_MS);
          continue;
        }
        // The next scan plans what is left, in its own transaction (scan.ts).
        deps.logger.error('planning reminders failed', { error: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (planned < PLAN_CHUNK && !again) return;
    }
  };

  return {
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = run().finally(() => {
        running = null;
      });
    },
    settled: () => running ?? Promise.resolve(),
    hold(value) {
      held = value;
      if (!held) this.kick();
    },
    stop() {
      stopped = true;
    },
  };
}
