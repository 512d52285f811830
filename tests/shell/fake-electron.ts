// A small stand-in for the parts of Electron the shell touches, for `vi.mock('electron', ...)`: the real
// module would try to download its binary. Records what the shell asked for, so tests can check it.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { fakeReminderElectron } from './fake-electron-reminders.ts';

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

export class FakeSession {
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequest) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermission = handler;
  }
}

export class FakeFrame {
  url: string;
  constructor(url: string) {
    this.url = url;
  }
}

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame = new FakeFrame('');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.created.filter((win) => !win.destroyed);
  }
  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  loadFile = vi.fn(async (file: string) => {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
  });
  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

export class FakeApp extends EventEmitter {
  gotLock = true;
  locale = 'en-US';
  isPackaged = false;
  userData = '';
  quit = vi.fn();
  setAppUserModelId = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  whenReady = vi.fn(() => Promise.resolve());
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`unexpected path ${name}`);
    return this.userData;
  }
  getLocale() {
    return this.locale;
  }
  getVersion() {
    return '0.1.0-test';
  }
  getAppPath() {
    return process.cwd();
  }
  setLoginItemSettings = vi.fn();
}

export function fakeElectron() {
  FakeBrowserWindow.created = [];
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ...fakeReminderElectron(),
    // showMessageBoxSync answers the first button (a test sets another answer).
    dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn((_options: { buttons?: string[] }) => 0) },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    // A reversible stand-in for the OS keychain: enough for the lifecycle to start.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`enc:${plain}`),
      decryptString: (blob: Buffer) => blob.toString().replace(/^enc:/, ''),
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
