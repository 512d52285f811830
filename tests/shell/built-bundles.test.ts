// Checks the output of `electron-vite build` (`npm test` builds first; skipped when nothing is built).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const preload = 'out/preload/index.cjs';
const main = 'out/main/index.js';

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

describe.skipIf(!existsSync(main))('built main process', () => {
  const code = readFileSync(main, 'utf8');

  it('contains no HTTP transport: the packaged app never opens a port', () => {
    const sources = imported(code);
    expect(sources).toContain('electron');
    expect(sources).toContain('better-sqlite3');
    expect(sources.filter((source) => /^(node:)?(http|https|net|http2)$/.test(source))).toEqual([]);
  });
});
