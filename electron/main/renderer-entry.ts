import { pathToFileURL } from 'node:url';

/** What the app window loads, and the URL every navigation and IPC sender is judged against. */
export type RendererEntry = { kind: 'file'; file: string; url: string } | { kind: 'dev-server'; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function devServerUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const plain = (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    return plain && LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The built `index.html`, or electron-vite's dev server (`ELECTRON_RENDERER_URL`) during development. A
 * packaged app ignores the variable, so nobody can point an installed Keepline at another page; the dev
 * server must be on this machine.
 */
export function rendererEntry(options: { isPackaged: boolean; devServerUrl: string | undefined; indexHtml: string }): RendererEntry {
  const dev = options.isPackaged ? null : devServerUrl(options.devServerUrl);
  if (dev) return { kind: 'dev-server', url: dev };
  return { kind: 'file', file: options.indexHtml, url: pathToFileURL(options.indexHtml).href };
}
