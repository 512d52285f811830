import type { NumberRow } from '../db/number-rows.ts';
import { replanWritten } from '../reminders/replan.ts';
import { readTags } from '../db/number-rows.ts';
import { updateNumberRow } from '../db/numbers-repo.ts';
import { invalidField } from '../errors.ts';
import { eachStepped } from '../jobs/job-control.ts';
import type { HandlerContext } from '../context.ts';
import { recordInTransaction } from './events.ts';
import { requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';

const MAX_TAGS = 30;

/**
 * Applies `change` to every listed number in one transaction: a missing number, a refused change or a
 * cancelled job rolls back all of them. `change` returns the new row, or null when the number is already
 * as asked. Run as a job (in the worker), it reports each 200 numbers done. Answers the ids it changed.
 */
export function changeAll(ctx: HandlerContext, ids: number[], change: (row: NumberRow) => NumberRow | null) {
  return ctx.db.transaction(() => {
    const updatedAt = ctx.clock.now().toISOString();
    const changedIds: number[] = [];
    eachStepped(ctx.job, ids, (id) => {
      const row = requireNumber(ctx, id);
      const next = change(row);
      if (next === null) return;
      const written = { ...next, updated_at: updatedAt, revision: row.revision + 1 };
      updateNumberRow(ctx.db, row, written);
      replanWritten(ctx, row, written);
      changedIds.push(id);
    });
    return changedIds;
  }).immediate();
}

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const bulkHandlers = {
  'numbers.bulkTag': ({ ids, tag }, ctx) => ({
    changed: changeAll(ctx, ids, (row) => {
      const tags = readTags(row);
      if (tags.some((existing) => sameTag(existing, tag))) return null;
      if (tags.length >= MAX_TAGS) throw invalidField('tags', 'too_many', { max: MAX_TAGS });
      return { ...row, tags: JSON.stringify([...tags, tag]) };
    }).length,
  }),

  'numbers.bulkUntag': ({ ids, tag }, ctx) => ({
    changed: changeAll(ctx, ids, (row) => {
      const tags = readTags(row);
      const kept = tags.filter((existing) => !sameTag(existing, tag));
      return kept.length === tags.length ? null : { ...row, tags: JSON.stringify(kept) };
    }).length,
  }),

  'numbers.bulkArchive': ({ ids, archived }, ctx) => {
    const changedIds = changeAll(ctx, ids, (row) => ((row.archived === 1) === archived ? null : { ...row, archived: archived ? 1 : 0 }));
    return { changed: changedIds.length, changedIds };
  },

  'events.recordMany': ({ numberIds, activityType, occurredOn, note }, ctx) =>
    ctx.db.transaction(() => {
      eachStepped(ctx.job, numberIds, (numberId) => {
        recordInTransaction(ctx, { kind: 'activity', numberId, activityType, occurredOn, note, amount: null, method: '', source: 'manual' });
      });
      return { changed: numberIds.length };
    }).immediate(),
} satisfies Partial<Handlers>;
