// App lifecycle: one instance, the database opened before any window, the window, and a clean quit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { startCore, type Core } from '#core/core.ts';
import { consoleLogger, systemClock } from '#core/ports.ts';
import { pickLocale } from '#shared/locale.ts';
import { createAppWindow } from './app-window.ts';
import { bindBarIpc, bindIpc } from './ipc.ts';
import { BarRegistry } from './carrier-window/bar-registry.ts';
import { electronCarrierShell } from './carrier-window/carrier-shell.ts';
import { rendererEntry } from './renderer-entry.ts';
import { openInWindow } from './open-in-window.ts';
import { startRemindersShell, type RemindersShell } from './reminders-shell.ts';
import { startupFailureMessage } from './startup-failure.ts';
import { safeStorageCipher } from './safe-storage-cipher.ts';
import { guardEveryWebContents } from './web-contents-guard.ts';

const logger = consoleLogger;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
// Imports and exports run in this worker thread (built beside index.js), so the app window never freezes.
const jobWorkerPath = fileURLToPath(new URL('./job-worker.js', import.meta.url));
const entry = rendererEntry({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  indexHtml: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
});

let core: Core | null = null;
let unbindBarIpc: (() => void) | null = null;
const bars = new BarRegistry();
// The bar above carrier pages is our own page beside index.html, with its own preload.
const carrierPaths = {
  barPreload: fileURLToPath(new URL('../preload/bar.cjs', import.meta.url)),
  barUrl: new URL('bar.html', entry.url).href,
};
let unbindIpc: (() => void) | null = null;
let appWindow: BrowserWindow | null = null;
let reminders: RemindersShell | null = null;

function showAppWindow(): void {
  if (appWindow && !appWindow.isDestroyed()) {
    if (appWindow.isMinimized()) appWindow.restore();
    appWindow.show();
    appWindow.focus();
    return;
  }
  const win = createAppWindow({ preloadPath, entry, logger });
  win.on('closed', () => {
    if (appWindow === win) appWindow = null;
  });
  appWindow = win;
}

function failAndQuit(error: unknown): void {
  logger.error('Keepline could not start', { error: error instanceof Error ? error.stack : String(error) });
  const { title, content } = startupFailureMessage(error, pickLocale(app.getLocale()));
  dialog.showErrorBox(title, content);
  app.quit();
}

async function start(): Promise<void> {
  const locale = pickLocale(app.getLocale());
  const userData = app.getPath('userData');
  try {
    core = await startCore({
      databaseFile: join(userData, 'keepline.sqlite'),
      backupDir: join(userData, 'backups'),
      clock: systemClock,
      logger,
      version: app.getVersion(),
      carrierShell: electronCarrierShell(bars, carrierPaths, logger),
      cipher: safeStorageCipher(userData),
      // Run from source (the lifecycle test), the core's own job-worker.ts serves.
      ...(existsSync(jobWorkerPath) ? { workerFile: jobWorkerPath } : {}),
    });
  } catch (error) {
    // Core has refused a damaged, newer or emptied file and left it as it was: say why and stop, never
    // start over with a fresh database in its place.
    failAndQuit(error);
    return;
  }
  unbindIpc = bindIpc({ dispatch: core.dispatch, appWindow: () => appWindow, appEntryUrl: entry.url, locale, logger });
  unbindBarIpc = bindBarIpc(bars, logger);
  showAppWindow();
  reminders = startRemindersShell({
    dispatch: core.dispatch,
    locale: () => locale,
    logger,
    iconsDir: join(app.getAppPath(), 'resources'),
    open(target) {
      showAppWindow();
      if (target.type !== 'app' && appWindow) openInWindow(appWindow, target);
    },
    quit: () => app.quit(),
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Keepline is running: it gets a 'second-instance' event and comes to the front.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('app.keepline');
  guardEveryWebContents(app);

  app.on('second-instance', () => {
    if (core) showAppWindow();
  });
  app.on('window-all-closed', () => {
    // With a tray the app keeps running (and reminding) until Quit; without one, closing quits.
    if (process.platform !== 'darwin' && !reminders?.hasTray()) app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showAppWindow();
  });
  app.on('will-quit', () => {
    reminders?.stop();
    reminders = null;
    unbindIpc?.();
    unbindIpc = null;
    unbindBarIpc?.();
    unbindBarIpc = null;
    core?.close();
    core = null;
  });

  app.whenReady().then(start).catch(failAndQuit);
}
