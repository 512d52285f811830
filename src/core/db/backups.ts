import fs from 'node:fs';
import path from 'node:path';

export function backupFileName(reason: string, at: Date): string {
  return `keepline-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

/** The most recent backup file in a folder, or null. */
export function newestBackup(dir: string): string | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('keepline-') && name.endsWith('.sqlite'))
    .map((name) => path.join(dir, name))
    .map((file) => ({ file, time: fs.statSync(file).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  return files[0]?.file ?? null;
}
