import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/test-core.ts';

const importer = path.join(import.meta.dirname, 'support', 'sheet-importer.ts');
const ROWS = 1000;

/** Runs the importer; kills it `killAfterMs` after it starts the import (never, when null). Resolves with its run time. */
function run(file: string, killAfterMs: number | null): Promise<{ killed: boolean; ms: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [importer, file, String(ROWS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    let out = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killAfterMs !== null && chunk.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ killed: true, ms: null });
      const done = /done (\d+)/.exec(out);
      if (code === 0 && done) return resolve({ killed: false, ms: Number(done[1]) });
      reject(new Error(`importer failed: ${errors}`));
    });
  });
}

function numbersIn(file: string): number {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM numbers').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a spreadsheet import killed halfway', () => {
  it('leaves an intact database holding none of the rows or all of them', async () => {
    const timing = await run(path.join(tempDir(), 'keepline.sqlite'), null);
    const full = timing.ms!;
    expect(full).toBeGreaterThan(0);
    const outcomes: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const file = path.join(tempDir(), 'keepline.sqlite');
      // Spread the kills over the whole import: reading, the backup, and the transaction.
      const result = await run(file, Math.round((full * (round + 1)) / 6));
      const count = numbersIn(file);
      expect([0, ROWS]).toContain(count);
      outcomes.push(result.killed ? count : -1);
    }
    // At least one kill landed before the commit, so the all-or-nothing case was really exercised.
    expect(outcomes).toContain(0);
  }, 120_000);
});
