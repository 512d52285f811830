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
import { restoredMessage, startupFailure } from './startup-failure.ts';
import { newestIntactBackup, recoverFromNewestBackup } from '#core/backup/recover.ts';
import { createSettingsService, fileSettingsStorage } from '#core/settings/settings-store.ts';
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
  const failure = startupFailure(error, pickLocale(app.getLocale()), null);
  dialog.showErrorBox(failure.title, failure.content);
  app.quit();
}

/**
 * The database could not be opened. A damaged or emptied file with an intact backup is offered a restore
 * (the damaged file is kept aside); `restored` when the backup is in place and start-up can try again.
 */
function offerRecovery(error: unknown, databaseFile: string, backupDir: string): 'restored' | 'declined' | 'none' {
  const locale = pickLocale(app.getLocale());
  const failure = startupFailure(error, locale, newestIntactBackup(backupDir));
  if (failure.kind === 'fail') return 'none';
  logger.error('Keepline could not open its database; offering the newest backup', { error: String(error), backup: failure.backup.name });
  const choice = dialog.showMessageBoxSync({ type: 'warning', title: failure.title, message: failure.content, buttons: failure.buttons, defaultId: 0, cancelId: 1, noLink: true });
  if (choice !== 0) return 'declined';
  const recovery = recoverFromNewestBackup(databaseFile, backupDir, new Date());
  if (!recovery) return 'none';
  dialog.showMessageBoxSync({ type: 'info', title: failure.title, message: restoredMessage(recovery.restored.takenAt, recovery.keptAt, locale), buttons: ['OK'] });
  return 'restored';
}

/** The backup folder the settings name, else the one beside the database (read without starting the core). */
function backupFolder(userData: string): string {
  const { storage, recoveredFrom } = fileSettingsStorage(userData, systemClock, logger);
  return createSettingsService(storage, recoveredFrom, logger).get().backupFolder ?? join(userData, 'backups');
}

async function start(): Promise<void> {
  const locale = pickLocale(app.getLocale());
  const userData = app.getPath('userData');
  const databaseFile = join(userData, 'keepline.sqlite');
  const open = () =>
    startCore({
      databaseFile,
      backupDir: join(userData, 'backups'),
      clock: systemClock,
      logger,
      version: app.getVersion(),
      carrierShell: electronCarrierShell(bars, carrierPaths, logger),
      cipher: safeStorageCipher(userData),
      // Run from source (the lifecycle test), the core's own job-worker.ts serves.
      ...(existsSync(jobWorkerPath) ? { workerFile: jobWorkerPath } : {}),
    });
  try {
    core = await open();
  } catch (error) {
    // Core has refused a damaged, newer or emptied file and left it as it was. Never start over with a fresh
    // database in its place: offer the newest intact backup, or say why and stop.
    const recovery = offerRecovery(error, databaseFile, backupFolder(userData));
    if (recovery !== 'restored') {
      if (recovery === 'declined') app.quit();
      else failAndQuit(error);
      return;
    }
    try {
      core = await open();
    } catch (again) {
      failAndQuit(again);
      return;
    }
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
