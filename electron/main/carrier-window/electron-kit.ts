// The only part of the renewal window that touches Electron: it applies what factory.ts and the pure
// rules decide, and nothing else.
import { BrowserWindow, dialog, session as electronSession, shell, WebContentsView, type WebContents, type WebPreferences } from 'electron';
import type { Logger } from '#core/ports.ts';
import { BAR_STATE_CHANNEL, type BarRegistry } from './bar-registry.ts';
import type { CompletedDownload } from './downloads.ts';
import type { CarrierWindowKit, KitWindow, PageRules } from './factory.ts';
import { BAR_HEIGHT, assertCarrierPartition } from './web-preferences.ts';

interface ElectronKitWindow extends KitWindow {
  win: BrowserWindow;
  bar?: WebContentsView;
  page?: WebContentsView;
}

function openExternal(url: string, logger: Logger): void {
  shell.openExternal(url).catch((error: unknown) => logger.warn('could not open link', { error: String(error) }));
}

/** Who hears of a page's completed downloads; a pop-up reports to the page that opened it. */
const downloadListeners = new WeakMap<WebContents, (download: CompletedDownload) => void>();

/** Navigation, pop-ups, permissions, certificates and downloads of one carrier page (or pop-up). */
function guardCarrierContents(contents: WebContents, rules: PageRules, logger: Logger): void {
  const stay = (event: { url: string; preventDefault(): void }) => {
    if (!rules.navigationAllowed(event.url)) {
      event.preventDefault();
      logger.warn('carrier navigation blocked', { url: event.url.slice(0, 200) });
    }
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) stay(event);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('certificate-error', (event, _url, _error, _certificate, callback) => {
    event.preventDefault();
    callback(rules.acceptCertificateError());
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = rules.windowOpen(url, contents.getURL());
    if (decision.action === 'child') return { action: 'allow', overrideBrowserWindowOptions: rules.child };
    if (decision.action === 'external') openExternal(decision.url, logger);
    return { action: 'deny' };
  });
  // The pop-up runs under the same rules and session as the page that opened it.
  contents.on('did-create-window', (child) => {
    const listener = downloadListeners.get(contents);
    if (listener) downloadListeners.set(child.webContents, listener);
    guardCarrierContents(child.webContents, rules, logger);
  });
}

const lockedSessions = new Set<string>();

function lockSession(partition: string, rules: PageRules): void {
  if (lockedSessions.has(partition)) return;
  lockedSessions.add(partition);
  const carrierSession = electronSession.fromPartition(assertCarrierPartition(partition));
  carrierSession.setPermissionRequestHandler((_contents, permission, callback) => callback(rules.permissionAllowed(permission)));
  carrierSession.setPermissionCheckHandler((_contents, permission) => rules.permissionAllowed(permission));
  carrierSession.setDevicePermissionHandler(() => false);
  carrierSession.on('will-download', (event, item, contents) => {
    const plan = rules.download(item.getFilename(), item.getMimeType());
    const owner = BrowserWindow.fromWebContents(contents);
    // Ask where to save; a cancelled dialog cancels the download. Nothing is ever opened afterwards.
    const path = owner
      ? dialog.showSaveDialogSync(owner, { defaultPath: plan.defaultName, filters: plan.filters })
      : dialog.showSaveDialogSync({ defaultPath: plan.defaultName, filters: plan.filters });
    if (path) {
      item.setSavePath(path);
      // Once complete, the record form can offer it as the renewal's receipt.
      const listener = downloadListeners.get(contents);
      item.once('done', (_done, state) => {
        if (state === 'completed') listener?.({ savePath: path, fileName: item.getFilename(), mimeType: item.getMimeType(), size: item.getReceivedBytes() });
      });
    } else {
      event.preventDefault();
    }
  });
}

export function electronCarrierKit(bars: BarRegistry, barUrl: string, logger: Logger): CarrierWindowKit {
  return {
    createWindow(options) {
      const win = new BrowserWindow(options);
      const kitWindow: ElectronKitWindow = {
        win,
        layout() {
          const { width, height } = win.getContentBounds();
          kitWindow.bar?.setBounds({ x: 0, y: 0, width, height: BAR_HEIGHT });
          kitWindow.page?.setBounds({ x: 0, y: BAR_HEIGHT, width, height: Math.max(0, height - BAR_HEIGHT) });
        },
        show: () => {
          if (win.isMinimized()) win.restore();
          win.show();
          win.focus();
        },
        close: () => win.close(),
        onClosed: (listener) => win.on('closed', listener),
      };
      win.on('resize', () => kitWindow.layout());
      return kitWindow;
    },

    createBar(window, webPreferences: WebPreferences, onAction) {
      const kitWindow = window as ElectronKitWindow;
      const view = new WebContentsView({ webPreferences });
      const contents = view.webContents;
      // The bar shows only our page: it never navigates away and never opens windows.
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      const unregister = bars.register(contents.id, {
        isOwnMainFrame: (frame, frameUrl) => frame === contents.mainFrame && frameUrl === barUrl,
        act: onAction,
      });
      kitWindow.win.on('closed', () => {
        unregister();
        contents.close();
      });
      kitWindow.win.contentView.addChildView(view);
      kitWindow.bar = view;
      let last: unknown = null;
      contents.on('did-finish-load', () => {
        if (last) contents.send(BAR_STATE_CHANNEL, last);
      });
      return {
        load: (url) => {
          contents.loadURL(url).catch((error: unknown) => logger.error('bar failed to load', { error: String(error) }));
        },
        show: (state) => {
          last = state;
          if (!contents.isDestroyed()) contents.send(BAR_STATE_CHANNEL, state);
        },
      };
    },

    createPage(window, webPreferences, rules) {
      const kitWindow = window as ElectronKitWindow;
      lockSession(String(webPreferences.partition), rules);
      const view = new WebContentsView({ webPreferences });
      const contents = view.webContents;
      guardCarrierContents(contents, rules, logger);
      kitWindow.win.on('closed', () => contents.close());
      kitWindow.win.contentView.addChildView(view);
      kitWindow.page = view;
      return {
        url: () => contents.getURL(),
        canGoBack: () => contents.navigationHistory.canGoBack(),
        isLoading: () => contents.isLoading(),
        goBack: () => contents.navigationHistory.goBack(),
        reload: () => contents.reload(),
        load: (url) => {
          contents.loadURL(url).catch((error: unknown) => logger.warn('carrier page failed to load', { error: String(error) }));
        },
        onDownloaded: (listener) => downloadListeners.set(contents, listener),
        onChange: (listener) => {
          for (const name of ['did-navigate', 'did-navigate-in-page', 'did-start-loading', 'did-stop-loading'] as const) {
            contents.on(name as 'did-start-loading', listener);
          }
        },
      };
    },

    openExternal: (url) => openExternal(url, logger),
  };
}

/** Signs out of one carrier account: every cookie, cache and storage of its partition. */
export async function clearCarrierSession(partition: string): Promise<void> {
  const carrierSession = electronSession.fromPartition(assertCarrierPartition(partition));
  await carrierSession.clearStorageData();
  await carrierSession.clearCache();
}
