// The built bar preload and bar page (`npm test` builds first; skipped when nothing is built).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe.skipIf(!existsSync('out/preload/bar.cjs'))('built preloads', () => {
  it('are two self-contained CommonJS files, no shared chunk, each loading only electron', () => {
    expect(readdirSync('out/preload').sort()).toEqual(['bar.cjs', 'index.cjs']);
    for (const file of ['out/preload/bar.cjs', 'out/preload/index.cjs']) {
      const code = readFileSync(file, 'utf8');
      expect([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    }
  });

  it('the bar preload exposes only its two functions, never the contract or ipcRenderer', () => {
    const code = readFileSync('out/preload/bar.cjs', 'utf8');
    expect(code).toContain('exposeInMainWorld("keeplineBar"');
    expect(code).not.toContain('keepline:dispatch');
    expect(code).not.toMatch(/exposeInMainWorld\("keepline"/);
  });

  it('the bar page has the strict Content Security Policy', () => {
    const html = readFileSync('out/renderer/bar.html', 'utf8');
    expect(html).toContain("default-src 'none'; script-src 'self'");
  });
});
