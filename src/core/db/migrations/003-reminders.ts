import type { Migration } from './index.ts';

/** Reminders (issue 5): written by the reminders work; a no-op until then. */
export const v3Reminders: Migration = {
  version: 3,
  name: 'reminders',
  up() {},
};
