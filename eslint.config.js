// Lint for the whole repository, and the layer boundaries of design.md checked by machine: each folder
// lists what it must not import, as regexes on the import source (both `#core/...` aliases and relative
// paths). tests/shell/lint-layers.test.ts proves each boundary fires.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Matches a relative import that reaches into folder `name` of `src/` (`../core/x`, `../../src/core/x`). */
const into = (name) => `^(\\.\\./)+(src/)?${name}(/|$)`;

const deny = {
  renderer: { regex: into('renderer'), message: 'Nothing imports the renderer: it only calls window.keepline (design.md).' },
  core: { regex: `^#core/|${into('core')}`, message: 'This layer may not import src/core (design.md, layers).' },
  server: { regex: `^#server/|${into('server')}`, message: 'This layer may not import src/server (design.md, layers).' },
  shell: { regex: '^(\\.\\./)+electron(/|$)', message: 'Only Electron loads the shell (electron/); nothing imports it.' },
  electron: { regex: '^electron(-store)?(/|$)', message: 'Only electron/ imports electron or electron-store; core uses conf and small ports.' },
  react: { regex: '^react(-dom)?(/|$)', message: 'React belongs to src/renderer.' },
  sqlite: { regex: '^better-sqlite3(/|$)', message: 'The database belongs to src/core.' },
  node: {
    regex: `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
    message: 'The renderer runs in a browser: no Node modules (it reaches the backend through window.keepline).',
  },
};

/** One config per folder: flat config does not merge rule options, so each lists all of its boundaries. */
function layer(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const IPC_LISTENERS = '/^(handle|handleOnce|on|once|addListener|prependListener|prependOnceListener)$/';

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', '.tools/', 'test-results/', '.vite/', '.keepline-dev/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a parameter kept to show a callback's signature (Electron handlers).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.object.name='ipcMain'][callee.property.name=${IPC_LISTENERS}]`,
          message: 'Bind IPC only in electron/main/ipc.ts, which checks the sender first.',
        },
        {
          selector: `CallExpression[callee.object.property.name='ipcMain'][callee.property.name=${IPC_LISTENERS}]`,
          message: 'Bind IPC only in electron/main/ipc.ts, which checks the sender first.',
        },
      ],
    },
  },
  { files: ['electron/main/ipc.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['src/renderer/**', 'electron/preload/**'], languageOptions: { globals: { ...globals.browser } } },

  layer(['src/shared/**'], [
    {
      // countries-and-timezones is a data table with no I/O: the form and the import pick a country's zone alike.
      regex: '^(?!zod(/|$)|countries-and-timezones$|#shared/|\\.\\.?/)',
      message: 'src/shared imports only zod, the countries-and-timezones table and other files in src/shared (design.md, layers).',
    },
    deny.core,
    deny.server,
    deny.renderer,
    deny.shell,
  ]),
  layer(['src/core/**'], [deny.electron, deny.react, deny.renderer, deny.server, deny.shell]),
  layer(['src/server/**'], [deny.electron, deny.renderer, deny.shell]),
  layer(['src/renderer/**'], [deny.core, deny.server, deny.electron, deny.node, deny.sqlite, deny.shell]),
  // The packaged app never opens a port, so the main process does not load the HTTP transport.
  layer(['electron/main/**'], [deny.renderer, deny.server, deny.react]),
  layer(['electron/preload/**'], [
    {
      regex: '^(?!electron$|(#shared/|(\\.\\./)+src/shared/)[^/]+\\.ts$)',
      message: 'The sandboxed preload loads only electron and the zod-free method list (src/shared/methods.ts).',
    },
    {
      regex: '^(#shared/|(\\.\\./)+src/shared/)(?!methods\\.ts$)',
      allowTypeImports: true,
      message: 'The preload may only import types from the contract: its values would pull zod into a file that must stay alone.',
    },
  ]),
  layer(['scripts/**', '*.config.{js,ts,mts}'], [deny.renderer]),

  // The main process is where an unhandled rejection or a promise passed as a void callback hurts most
  // (a silent failure at start-up or in IPC); these two need types, so only the shell pays for them.
  {
    files: ['electron/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.electron.json', tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
);
