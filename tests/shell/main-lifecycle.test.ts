// Runs electron/main/index.ts against the fake Electron: lifecycle, single instance, and what happens when
// the database cannot be opened.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../src/shared/methods.ts';
import { startCore } from '#core/core.ts';
import { silentLogger, systemClock } from '#core/ports.ts';
import { fakeElectron, FakeBrowserWindow, type FakeElectron } from './fake-electron.ts';
import { FakeNotification, FakeTray } from './fake-electron-reminders.ts';

const state = vi.hoisted(() => ({ electron: null as unknown as FakeElectron }));
// Each launch gets a new fake; vitest keeps the mocked module across vi.resetModules, so it delegates.
vi.mock('electron', () => ({
  get app() {
    return state.electron.app;
  },
  get BrowserWindow() {
    return state.electron.BrowserWindow;
  },
  get dialog() {
    return state.electron.dialog;
  },
  get shell() {
    return state.electron.shell;
  },
  get ipcMain() {
    return state.electron.ipcMain;
  },
  get safeStorage() {
    return state.electron.safeStorage;
  },
  get Tray() {
    return state.electron.Tray;
  },
  get Notification() {
    return state.electron.Notification;
  },
  get Menu() {
    return state.electron.Menu;
  },
  get nativeImage() {
    return state.electron.nativeImage;
  },
  get powerMonitor() {
    return state.electron.powerMonitor;
  },
}));

let userData: string;
let launched: FakeElectron[] = [];
const platform = process.platform;

function setPlatform(value: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value, configurable: true });
}

/** Loads the main entry afresh, as Electron would on launch, and waits until start-up has settled. */
async function launch(configure: (electron: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  const electron = fakeElectron();
  electron.app.userData = userData;
  configure(electron);
  state.electron = electron;
  launched.push(electron);
  vi.resetModules();
  await import('../../electron/main/index.ts');
  await vi.waitFor(() => {
    const settled =
      !electron.app.gotLock ||
      FakeBrowserWindow.created.length > 0 ||
      electron.dialog.showErrorBox.mock.calls.length > 0 ||
      vi.mocked(electron.app.quit).mock.calls.length > 0;
    expect(settled).toBe(true);
  });
  return electron;
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'keepline-shell-'));
  delete process.env['ELECTRON_RENDERER_URL'];
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => {
  for (const electron of launched) electron.app.emit('will-quit');
  launched = [];
  setPlatform(platform);
  vi.restoreAllMocks();
  rmSync(userData, { recursive: true, force: true });
});

describe('main process lifecycle', () => {
  it('opens the database in userData, binds IPC, then shows the app page', async () => {
    const electron = await launch();
    expect(existsSync(join(userData, 'keepline.sqlite'))).toBe(true);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_CHANNEL, expect.any(Function));
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const win = FakeBrowserWindow.created[0]!;
    expect(win.loadFile).toHaveBeenCalledWith(expect.stringMatching(/renderer[/\\]index\.html$/));
    expect((win.options['webPreferences'] as { preload: string }).preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('answers IPC from its window through the real core', async () => {
    const electron = await launch();
    const win = FakeBrowserWindow.created[0]!;
    const handler = electron.ipcMain.handle.mock.calls[0]![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    await expect(handler({ senderFrame: win.webContents.mainFrame }, 'app.info', {})).resolves.toMatchObject({
      ok: true,
      value: { version: '0.1.0-test', databasePath: join(userData, 'keepline.sqlite') },
    });
  });

  it('quits at once when another Keepline holds the lock, touching nothing', async () => {
    const electron = await launch((e) => {
      e.app.gotLock = false;
    });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(existsSync(join(userData, 'keepline.sqlite'))).toBe(false);
  });

  it('brings the existing window back on a second launch', async () => {
    const electron = await launch();
    const win = FakeBrowserWindow.created[0]!;
    win.minimized = true;
    electron.app.emit('second-instance', {}, ['keepline'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });

  it('quits when the last window closes, except on macOS, where activate reopens it', async () => {
    setPlatform('linux');
    const linux = await launch(() => {
      FakeTray.fail = true; // no tray host: nothing would be left to reach the app
    });
    linux.app.emit('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalled();

    setPlatform('darwin');
    const mac = await launch();
    FakeBrowserWindow.created[0]!.close();
    mac.app.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
    mac.app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('with a tray, closing the window keeps Keepline running; Quit in the tray menu quits', async () => {
    setPlatform('linux');
    const electron = await launch();
    await vi.waitFor(() => expect(FakeTray.created[0]?.menu.length).toBeGreaterThan(0));
    FakeBrowserWindow.created[0]!.close();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
    FakeTray.created[0]!.menu.find((item) => item.label === 'Quit')!.click!();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('a daily backup that fails is said once in a notification, whose click opens the window', async () => {
    // Where the backups folder should be, a file.
    writeFileSync(join(userData, 'backups'), 'not a folder');
    const electron = await launch();
    // Notifications of this launch only: shells of earlier launches may still be finishing a scan.
    const said = () => FakeNotification.shown.filter((notice) => notice.options.body.includes(userData));
    await vi.waitFor(() => expect(said()).toHaveLength(1), { timeout: 5000 });
    const [notice] = said();
    expect(notice!.options.title).toBe('Keepline could not back up');
    expect(notice!.options.body).toMatch(/^Saving failed: .*backups.*; nothing was changed\. Try again\.$/);
    // The next scan (a wake from sleep) does not say it again.
    electron.powerMonitor.emit('resume');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(said()).toHaveLength(1);
    FakeBrowserWindow.created[0]!.close();
    notice!.emit('click');
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('sets the app user model id on Windows only', async () => {
    setPlatform('win32');
    expect((await launch()).app.setAppUserModelId).toHaveBeenCalledWith('app.keepline');
    setPlatform('linux');
    expect((await launch()).app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('closes the database on quit (the WAL is folded back into the file)', async () => {
    const electron = await launch();
    const file = join(userData, 'keepline.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(true);
    electron.app.emit('will-quit');
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
  });
});

describe('a database Keepline must not open', () => {
  it('a damaged file: says so, leaves it byte for byte, creates nothing, and quits', async () => {
    const file = join(userData, 'keepline.sqlite');
    const garbage = Buffer.from('SQLite format 3\0'.padEnd(4096, '\u00ff'), 'latin1');
    writeFileSync(file, garbage);
    const electron = await launch();

    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain(file);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  /** A Keepline database with one number and a verified backup of it, then its file overwritten with garbage. */
  async function damagedWithBackup(): Promise<{ file: string; garbage: Buffer }> {
    const file = join(userData, 'keepline.sqlite');
    const core = await startCore({ databaseFile: file, clock: systemClock, logger: silentLogger, version: 'test', dailyBackup: false, jobs: 'inline' });
    await core.dispatch('numbers.create', { phone: '+965 6000 1234', timeZone: 'Asia/Kuwait', label: 'Kept in the backup' });
    await core.dispatch('backups.create', {});
    core.close();
    const garbage = Buffer.from('SQLite format 3\0'.padEnd(8192, '\u00ff'), 'latin1');
    writeFileSync(file, garbage);
    return { file, garbage };
  }

  it('a damaged file with an intact backup: offers it, keeps the damaged file aside, and starts on the backup', async () => {
    const { file, garbage } = await damagedWithBackup();
    const electron = await launch();

    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
    const offer = electron.dialog.showMessageBoxSync.mock.calls[0]![0] as { message: string; buttons: string[] };
    expect(offer.message).toContain('newest verified backup');
    expect(offer.buttons).toEqual(['Restore the backup', 'Quit']);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const kept = readdirSync(userData).filter((name) => name.startsWith('keepline.sqlite.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(userData, kept[0]!)).equals(garbage)).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT label FROM numbers').all()).toEqual([{ label: 'Kept in the backup' }]);
    db.close();
  });

  it('a damaged file whose restore is declined: quits and leaves everything as it was', async () => {
    const { file, garbage } = await damagedWithBackup();
    const electron = await launch((e) => {
      e.dialog.showMessageBoxSync.mockReturnValue(1);
      e.app.locale = 'zh-CN';
    });
    const offer = electron.dialog.showMessageBoxSync.mock.calls[0]![0] as { buttons: string[] };
    expect(offer.buttons).toEqual(['恢复该备份', '退出']);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(userData).some((name) => name.includes('damaged'))).toBe(false);
  });

  it('a good file another program holds locked, with a backup at hand: says so and never offers to replace it', async () => {
    const file = join(userData, 'keepline.sqlite');
    const core = await startCore({ databaseFile: file, clock: systemClock, logger: silentLogger, version: 'test', dailyBackup: false, jobs: 'inline' });
    await core.dispatch('numbers.create', { phone: '+965 6000 1234', timeZone: 'Asia/Kuwait', label: 'Still here' });
    await core.dispatch('backups.create', {});
    core.close();
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE; COMMIT');

    const electron = await launch();
    other.close();
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    const [, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain('another program has the file locked');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(readdirSync(userData).some((name) => name.includes('damaged'))).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT label FROM numbers').all()).toEqual([{ label: 'Still here' }]);
    db.close();
  }, 20_000);

  it('a file from a newer Keepline: refused in the user language, untouched', async () => {
    const file = join(userData, 'keepline.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);

    const electron = await launch((e) => {
      e.app.locale = 'zh-CN';
    });
    const [, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain('更新版本');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('any other failure to open: says what happened and quits, instead of running without a database', async () => {
    const blocker = join(userData, 'not-a-folder');
    writeFileSync(blocker, 'a file where the data folder should be');
    const electron = await launch((e) => {
      e.app.userData = blocker;
    });
    const [, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toMatch(/^Something went wrong inside Keepline; nothing was changed\.\n\n.*(ENOTDIR|EEXIST|not a directory)/s);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });
});
