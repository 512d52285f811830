import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The renderer's Content-Security-Policy. The built app gets the strict one; the dev server relaxes it
 * only as far as hot reload needs (its inline preamble and websocket).
 */
function contentSecurityPolicy(): Plugin {
  const strict =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
  const dev = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws:";
  let serving = false;
  return {
    name: 'keepline-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%KEEPLINE_CSP%', serving ? dev : strict);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 (native) and every other dependency stay in node_modules, loaded at run time.
      externalizeDeps: true,
      // The job worker is its own entry: a worker thread loads it by path (src/core/jobs/job-worker.ts).
      rolldownOptions: { input: { index: resolve('electron/main/index.ts'), 'job-worker': resolve('src/core/jobs/job-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or chunks: one CommonJS file each, importing only
      // electron. Two entries rule out codeSplitting: false; they share no module, so no chunk is made
      // (tests/shell/carrier-bundles.test.ts checks the output).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts'), bar: resolve('electron/preload/bar.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html'), bar: resolve('src/renderer/bar.html') } },
    },
  },
});
