import type { Migration } from './index.ts';

/** Carriers and carrier sessions (issue 6): written by the renewal-flow work; a no-op until then. */
export const v4Carriers: Migration = {
  version: 4,
  name: 'carriers',
  up() {},
};
