// Opens a database file once, as the app does at start, and prints what happened as one line of JSON:
// run as another user by tests of files that user cannot write (storage.test.ts).
import path from 'node:path';
import { openDatabase } from '#core/db/open.ts';
import { KeeplineError } from '#core/errors.ts';
import { silentLogger } from '#core/ports.ts';

const file = process.argv[2]!;
const clock = { now: () => new Date('2026-11-25T12:00:00Z') };
try {
  const db = await openDatabase({ file, backupDir: path.join(path.dirname(file), 'backups'), clock, logger: silentLogger });
  db.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  if (!(error instanceof KeeplineError)) throw error;
  console.log(JSON.stringify({ code: error.code, detail: error.detail, message: error.message }));
}
