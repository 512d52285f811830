// What an SQLite error code says went wrong with the file, in words a user can act on (messages.ts).

export type StorageCause = 'locked' | 'read_only' | 'full' | 'io' | 'damaged' | 'other';

/** The SQLite code of an error thrown by better-sqlite3, if it is one. */
export function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, ...) count as their primary code. */
export function storageCause(code: string): StorageCause {
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED') return 'locked';
  if (primary === 'SQLITE_READONLY' || primary === 'SQLITE_PERM' || primary === 'SQLITE_CANTOPEN' || primary === 'SQLITE_AUTH') return 'read_only';
  if (primary === 'SQLITE_FULL') return 'full';
  if (primary === 'SQLITE_IOERR') return 'io';
  // Met while reading or writing an open file: a page the check at open did not cover (open-check.ts).
  if (isCorruption(code)) return 'damaged';
  return 'other';
}

/** A file that is not a database, or one whose pages are damaged: the only codes that mean corruption. */
export function isCorruption(code: string): boolean {
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}
