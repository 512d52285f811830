import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/test-core.ts';

const writer = path.join(import.meta.dirname, 'support', 'endless-writer.ts');
const bulkWriter = path.join(import.meta.dirname, 'support', 'bulk-writer.ts');

function runAndKill(file: string, afterMs: number, script = writer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${errors}`))));
  });
}

describe('a writer killed at a random moment', () => {
  it('leaves an intact database with no half-applied transaction, 30 times over', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    let lastCount = -1;
    for (let round = 0; round < 30; round += 1) {
      await runAndKill(file, 5 + Math.floor(Math.random() * 60));
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every event bumps its number's revision in the same transaction: the two always agree.
      const { revision, events } = db
        .prepare('SELECT n.revision AS revision, (SELECT count(*) FROM events e WHERE e.number_id = n.id) AS events FROM numbers n')
        .get() as { revision: number; events: number };
      expect(revision).toBe(events + 1);
      expect(events).toBeGreaterThanOrEqual(lastCount);
      lastCount = events;
      db.close();
    }
    expect(lastCount).toBeGreaterThan(0);
  }, 120_000);

  it('leaves a bulk record of 200 numbers, killed in the job worker, applied to all of them or to none, 15 times over', async () => {
    const file = path.join(tempDir(), 'keepline.sqlite');
    let lastRounds = -1;
    for (let round = 0; round < 15; round += 1) {
      await runAndKill(file, 5 + Math.floor(Math.random() * 200), bulkWriter);
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Each bulk record gives every number one event and one revision, in one transaction.
      const counts = db
        .prepare('SELECT n.revision AS revision, (SELECT count(*) FROM events e WHERE e.number_id = n.id) AS events FROM numbers n')
        .all() as { revision: number; events: number }[];
      expect(counts).toHaveLength(200);
      expect(new Set(counts.map((row) => row.events)).size).toBe(1);
      expect(counts.every((row) => row.revision === row.events + 1)).toBe(true);
      expect(counts[0]!.events).toBeGreaterThanOrEqual(lastRounds);
      lastRounds = counts[0]!.events;
      db.close();
    }
    expect(lastRounds).toBeGreaterThan(0);
  }, 180_000);
});
