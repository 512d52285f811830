import type { Migration } from './index.ts';

/** Secrets of a number, stored only as ciphertext made by the shell's cipher. */
export const v5Secrets: Migration = {
  version: 5,
  name: 'secrets',
  up(db) {
    db.exec(`
      CREATE TABLE secrets (
        number_id INTEGER NOT NULL REFERENCES numbers (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('puk', 'pin', 'esim_activation', 'password_hint')),
        ciphertext BLOB NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (number_id, kind)
      ) WITHOUT ROWID;
    `);
  },
};
