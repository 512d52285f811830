// Proves that the layer boundaries in eslint.config.js fire (and do not fire on allowed imports), by
// linting small snippets as if they lived in each folder.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    // The snippets' files do not exist, so no type information: the layer rules need none.
    overrideConfig: [{ ...tseslint.configs.disableTypeChecked, files: ['**/*.ts', '**/*.tsx'] }],
  });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const importing = (source: string) => `import x from '${source}';\nexport default x;\n`;

const refused: [file: string, source: string][] = [
  ['src/core/x.ts', 'electron'],
  ['src/core/db/x.ts', 'electron-store'],
  ['src/core/x.ts', 'react'],
  ['src/core/x.ts', '#server/http-server.ts'],
  ['src/core/x.ts', '../server/http-server.ts'],
  ['src/core/x.ts', '../renderer/main.tsx'],
  ['src/core/db/x.ts', '../../renderer/api/client.ts'],
  ['src/core/x.ts', '../../electron/main/ipc.ts'],
  ['src/shared/x.ts', 'node:fs'],
  ['src/shared/x.ts', 'luxon'],
  ['src/shared/x.ts', 'libphonenumber-js'],
  ['src/shared/x.ts', 'electron'],
  ['src/shared/x.ts', 'react'],
  ['src/shared/x.ts', 'better-sqlite3'],
  ['src/shared/x.ts', '#core/errors.ts'],
  ['src/shared/x.ts', '../core/errors.ts'],
  ['src/shared/x.ts', '#server/http-server.ts'],
  ['src/server/x.ts', 'electron'],
  ['src/server/x.ts', '../renderer/main.tsx'],
  ['src/renderer/pages/x.tsx', '#core/core.ts'],
  ['src/renderer/pages/x.tsx', '../../core/core.ts'],
  ['src/renderer/x.tsx', '#server/http-server.ts'],
  ['src/renderer/x.tsx', 'electron'],
  ['src/renderer/x.tsx', 'electron-store'],
  ['src/renderer/x.tsx', 'node:fs'],
  ['src/renderer/x.tsx', 'fs'],
  ['src/renderer/x.tsx', 'path'],
  ['src/renderer/x.tsx', 'better-sqlite3'],
  ['electron/main/x.ts', '#server/http-server.ts'],
  ['electron/main/x.ts', '../../src/renderer/main.tsx'],
  ['electron/preload/index.ts', 'zod'],
  ['electron/preload/index.ts', 'node:path'],
  ['electron/preload/index.ts', '../../src/shared/contract.ts'],
  ['electron/preload/index.ts', '#core/core.ts'],
  ['scripts/x.ts', '../src/renderer/main.tsx'],
];

const allowed: [file: string, source: string][] = [
  ['src/core/x.ts', 'zod'],
  ['src/core/x.ts', '#shared/contract.ts'],
  ['src/core/x.ts', 'better-sqlite3'],
  ['src/core/x.ts', 'node:fs'],
  ['src/core/x.ts', './db/open.ts'],
  ['src/shared/x.ts', 'zod'],
  ['src/shared/x.ts', './methods.ts'],
  ['src/shared/x.ts', '#shared/errors.ts'],
  ['src/shared/x.ts', 'countries-and-timezones'],
  ['src/server/x.ts', '#core/dispatch.ts'],
  ['src/server/x.ts', 'node:http'],
  ['src/renderer/pages/x.tsx', 'react'],
  ['src/renderer/pages/x.tsx', '#shared/contract.ts'],
  ['src/renderer/pages/x.tsx', '../api/client.ts'],
  ['electron/main/x.ts', 'electron'],
  ['electron/main/x.ts', '#core/core.ts'],
  ['electron/preload/index.ts', 'electron'],
  ['electron/preload/index.ts', '../../src/shared/methods.ts'],
  ['tests/e2e/x.test.ts', '../../src/renderer/main.tsx'],
  ['scripts/x.ts', '#server/http-server.ts'],
];

describe('layer boundaries (eslint.config.js)', () => {
  it.each(refused)('%s may not import %s', async (file, source) => {
    expect(await ruleIds(file, importing(source))).toContain('no-restricted-imports');
  });

  it.each(allowed)('%s may import %s', async (file, source) => {
    expect(await ruleIds(file, importing(source))).toEqual([]);
  });

  it('lets the preload import contract types, but not values', async () => {
    const typeOnly = "import type { KeeplineApi } from '../../src/shared/contract.ts';\nexport type A = KeeplineApi;\n";
    expect(await ruleIds('electron/preload/index.ts', typeOnly)).toEqual([]);
    const typeFromCore = "import type { Core } from '#core/core.ts';\nexport type A = Core;\n";
    expect(await ruleIds('electron/preload/index.ts', typeFromCore)).toContain('no-restricted-imports');
  });

  it('refuses re-exports across a boundary too', async () => {
    expect(await ruleIds('src/shared/x.ts', "export * from '#core/errors.ts';\n")).toContain('no-restricted-imports');
  });
});

describe('ipcMain is bound only in electron/main/ipc.ts', () => {
  const handle = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
  const on = "import * as electron from 'electron';\nelectron.ipcMain.on('x', () => {});\n";

  it.each(['electron/main/app-window.ts', 'electron/main/tray.ts', 'src/core/x.ts'])('refused in %s', async (file) => {
    expect(await ruleIds(file, handle)).toContain('no-restricted-syntax');
    expect(await ruleIds(file, on)).toContain('no-restricted-syntax');
  });

  it('allowed in electron/main/ipc.ts', async () => {
    expect(await ruleIds('electron/main/ipc.ts', handle)).toEqual([]);
  });
});
