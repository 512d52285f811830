import type Database from 'better-sqlite3';
import type { DashboardSummary } from '#shared/dashboard.ts';
import { CHANGE_STAMP_SQL } from '../db/change-stamp.ts';
import type { StatusClock } from '../db/number-list-query.ts';
import { readStartPage, type StartPage } from './start-page.ts';

/** A start page read, kept while nothing is written and the clock has not reached a change it foresaw. */
interface HeldPage {
  stamp: string;
  dueSoonDays: number;
  /** From when to when (milliseconds) it holds: a clock set back, or one past a day's start, reads again. */
  from: number;
  until: number;
  page: StartPage;
}

interface Memo {
  stamp: Database.Statement<[], string>;
  held: HeldPage | null;
}

const memos = new WeakMap<Database.Database, Memo>();

/**
 * The start page, read again only when something was written (by this connection, a job's worker, another
 * process: the change stamp) or the clock reached an instant at which what it shows changes. It is loaded
 * on every visit to the start page, mostly with nothing new since the last.
 */
export function startPage(db: Database.Database, at: StatusClock): DashboardSummary {
  let memo = memos.get(db);
  if (memo === undefined) {
    memo = { stamp: db.prepare(`SELECT ${CHANGE_STAMP_SQL}`).pluck() as Memo['stamp'], held: null };
    memos.set(db, memo);
  }
  // Stamped before reading: a commit landing while the page is read leaves a stamp the next load will not match.
  const stamp = memo.stamp.get()!;
  const nowMs = at.now.getTime();
  const held = memo.held;
  const holds = held !== null && held.stamp === stamp && held.dueSoonDays === at.dueSoonDays && nowMs >= held.from && nowMs < held.until;
  if (!holds) {
    const { page, holdsUntil } = readStartPage(db, at);
    memo.held = { stamp, dueSoonDays: at.dueSoonDays, from: nowMs, until: holdsUntil, page };
  }
  return { now: at.now.toISOString(), ...memo.held!.page };
}
