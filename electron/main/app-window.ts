import { BrowserWindow, shell } from 'electron';
import type { Logger } from '#core/ports.ts';
import type { RendererEntry } from './renderer-entry.ts';
import { denyAllPermissions } from './session-lockdown.ts';
import { externalUrlAllowed, isAppUrl } from './url-policy.ts';
import { appWindowOptions } from './window-options.ts';

export interface AppWindowOptions {
  preloadPath: string;
  entry: RendererEntry;
  logger: Logger;
}

/** The one window that shows Keepline's own page; it never leaves that page and never opens another window. */
export function createAppWindow({ preloadPath, entry, logger }: AppWindowOptions): BrowserWindow {
  const win = new BrowserWindow(appWindowOptions(preloadPath));
  const contents = win.webContents;
  denyAllPermissions(contents.session);

  const stayOnAppPage = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, entry.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);

  contents.setWindowOpenHandler(({ url }) => {
    // Open what was judged (the parsed, normalized URL), not the raw string.
    if (externalUrlAllowed(url)) {
      shell.openExternal(new URL(url).href).catch((error: unknown) => logger.warn('could not open link', { error: String(error) }));
    }
    return { action: 'deny' };
  });

  win.once('ready-to-show', () => win.show());
  const loading = entry.kind === 'file' ? win.loadFile(entry.file) : win.loadURL(entry.url);
  loading.catch((error: unknown) => logger.error('app page failed to load', { error: String(error) }));
  return win;
}
