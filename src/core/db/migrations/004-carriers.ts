import type { Migration } from './index.ts';

/**
 * The user's carriers and their edits of catalog carriers (issue 6), and receipts attached to events.
 * A catalog edit is stored as the overridden fields only, keyed by the catalog id, and merged over the
 * bundled entry when read: a newer catalog updates everything the user did not change.
 */
export const v4Carriers: Migration = {
  version: 4,
  name: 'carriers',
  up(db) {
    db.exec(`
      CREATE TABLE carriers (
        id INTEGER PRIMARY KEY,
        catalog_id TEXT UNIQUE,
        fields TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        stored_name TEXT NOT NULL UNIQUE,
        media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_by_event ON attachments (event_id);
    `);
  },
};
