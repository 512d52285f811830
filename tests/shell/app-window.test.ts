import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/ports.ts';
import type { RendererEntry } from '../../electron/main/renderer-entry.ts';
import { appWebPreferences } from '../../electron/main/window-options.ts';
import { fakeElectron, type FakeBrowserWindow } from './fake-electron.ts';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof fakeElectron> }));
vi.mock('electron', async () => {
  const { fakeElectron } = await import('./fake-electron.ts');
  electron.current = fakeElectron();
  return electron.current;
});
const { createAppWindow } = await import('../../electron/main/app-window.ts');

const fileEntry: RendererEntry = {
  kind: 'file',
  file: '/opt/Keepline/out/renderer/index.html',
  url: 'file:///opt/Keepline/out/renderer/index.html',
};

function open(entry: RendererEntry = fileEntry): FakeBrowserWindow {
  return createAppWindow({ preloadPath: '/opt/Keepline/out/preload/index.cjs', entry, logger: silentLogger }) as unknown as FakeBrowserWindow;
}

function navigate(win: FakeBrowserWindow, kind: 'will-navigate' | 'will-redirect', url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  win.webContents.emit(kind, event, url);
  return event.preventDefault.mock.calls.length === 0;
}

beforeEach(() => {
  electron.current.shell.openExternal.mockClear();
});

describe('createAppWindow', () => {
  it('creates the window with the protective preferences and loads the built page', () => {
    const win = open();
    expect(win.options['webPreferences']).toEqual(appWebPreferences('/opt/Keepline/out/preload/index.cjs'));
    expect(win.loadFile).toHaveBeenCalledWith('/opt/Keepline/out/renderer/index.html');
    expect(win.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server when that is the entry', () => {
    const win = open({ kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(win.loadFile).not.toHaveBeenCalled();
  });

  it('shows the window only once its page is ready', () => {
    const win = open();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it.each(['will-navigate', 'will-redirect'] as const)('%s: stays on the app page', (kind) => {
    const win = open();
    expect(navigate(win, kind, 'file:///opt/Keepline/out/renderer/index.html#/numbers')).toBe(true);
    for (const url of [
      'https://carrier.example/',
      'file:///etc/passwd',
      'file:///opt/Keepline/out/renderer/other.html',
      'javascript:alert(1)',
      'data:text/html,x',
      'http://localhost:5173/',
    ]) {
      expect(navigate(win, kind, url)).toBe(false);
    }
  });

  it('opens no window; plain http(s) links go to the user browser, normalized', () => {
    const win = open();
    const handler = win.webContents.windowOpenHandler!;
    expect(handler({ url: 'HTTPS://Carrier.Example/renew' })).toEqual({ action: 'deny' });
    expect(electron.current.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://carrier.example/renew');

    electron.current.shell.openExternal.mockClear();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@carrier.example/', 'smb://host/share', 'ms-msdt:x']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.current.shell.openExternal).not.toHaveBeenCalled();
  });

  it("denies every permission on the window's session", () => {
    const win = open();
    const callback = vi.fn();
    win.webContents.session.permissionRequest?.(win.webContents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(win.webContents.session.permissionCheck?.(win.webContents, 'clipboard-read')).toBe(false);
    expect(win.webContents.session.devicePermission?.({ deviceType: 'hid' })).toBe(false);
  });
});
