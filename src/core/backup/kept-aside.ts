import fs from 'node:fs';

/** Moves a damaged file aside with its -wal and -shm, never deleting it; returns where it went (null: no file). */
export function keepAside(file: string, at: Date): string | null {
  const keptAt = `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  const present = fs.existsSync(file);
  if (present) fs.renameSync(file, keptAt);
  for (const extra of ['-wal', '-shm']) {
    if (fs.existsSync(file + extra)) fs.renameSync(file + extra, keptAt + extra);
  }
  return present ? keptAt : null;
}

/** Puts back a file `keepAside` moved, with its -wal and -shm. */
export function putBack(keptAt: string, file: string): void {
  for (const extra of ['', '-wal', '-shm']) {
    if (fs.existsSync(keptAt + extra)) fs.renameSync(keptAt + extra, file + extra);
  }
}
