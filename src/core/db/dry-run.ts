import type Database from 'better-sqlite3';

class Rollback extends Error {}

/** Runs `work` in a write transaction and rolls it back: what a change would give, with nothing changed. */
export function dryRun<T>(db: Database.Database, work: () => T): T {
  let result: { value: T } | null = null;
  try {
    db.transaction(() => {
      result = { value: work() };
      throw new Rollback();
    }).immediate();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return (result as unknown as { value: T }).value;
}
