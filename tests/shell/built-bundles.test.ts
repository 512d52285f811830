// Checks the output of `electron-vite build` (`npm test` builds first; skipped when nothing is built).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '#core/core.ts';
import { silentLogger } from '#core/ports.ts';

const preload = 'out/preload/index.cjs';
const main = 'out/main/index.js';
const worker = 'out/main/job-worker.js';

function required(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
}

function imported(code: string): string[] {
  return [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map(
    (match) => (match[1] ?? match[2])!,
  );
}

describe.skipIf(!existsSync(preload))('built preload', () => {
  const code = readFileSync(preload, 'utf8');

  it('is one CommonJS file that loads only electron (a sandboxed preload cannot load anything else)', () => {
    expect(required(code)).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).not.toMatch(/zod/);
  });
});

/** Every file of the main-process build: the entry, the job worker and the chunks they share. */
function mainFiles(): string[] {
  return readdirSync('out/main', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js')).map((name) => path.join('out/main', name));
}

describe.skipIf(!existsSync(main))('built main process', () => {
  it('contains no HTTP transport: the packaged app never opens a port', () => {
    const sources = mainFiles().flatMap((file) => imported(readFileSync(file, 'utf8')));
    expect(sources).toContain('electron');
    expect(sources).toContain('better-sqlite3');
    expect(sources.filter((source) => /^(node:)?(http|https|net|http2)$/.test(source))).toEqual([]);
  });

  it('builds the job worker beside the entry, free of electron (a worker thread cannot load it)', () => {
    expect(existsSync(worker)).toBe(true);
    const reachable = [worker, ...imported(readFileSync(worker, 'utf8')).filter((source) => source.startsWith('./')).map((source) => path.join('out/main', source))];
    for (const file of reachable) expect(imported(readFileSync(file, 'utf8'))).not.toContain('electron');
  });

  it('runs a real import in the built worker', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keepline-built-worker-'));
    const core = await startCore({
      databaseFile: path.join(dir, 'keepline.sqlite'),
      clock: { now: () => new Date('2026-11-25T12:00:00Z') },
      logger: silentLogger,
      version: 'test',
      dailyBackup: false,
      workerFile: path.resolve(worker),
    });
    try {
      const csv = 'phone,expiry\n+965 6000 1234,2027-01-05\n+965 6000 1235,2027-02-05';
      const answer = await core.dispatch('import.sheetCommit', { fileName: 'a.csv', content: csv, encoding: 'text' });
      expect(answer).toMatchObject({ ok: true, value: { created: 2 } });
      expect(core.db.prepare('SELECT count(*) AS n FROM numbers').get()).toEqual({ n: 2 });
    } finally {
      core.close();
    }
  });
});
