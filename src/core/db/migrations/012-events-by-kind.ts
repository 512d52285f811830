import type { Migration } from './index.ts';

/**
 * Events by kind and day (issue 8). The history page filtered by a kind walked every event newest first and
 * read each one's row to test it: some 200 ms for 1,000,000 events, and its count as much again. Here the
 * count is an index range, and a page is the range's newest entries. `number_id` is in the entry so that a
 * kind together with an owner, a carrier or a country is tested on the index alone.
 */
export const v12EventsByKind: Migration = {
  version: 12,
  name: 'events by kind',
  up(db) {
    db.exec('CREATE INDEX IF NOT EXISTS events_by_kind ON events (kind, occurred_on, number_id)');
  },
};
