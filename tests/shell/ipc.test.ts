import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore, type Core } from '../../src/core/core.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import type { Dispatch } from '../../src/core/dispatch.ts';
import type { Locale } from '../../src/shared/locale.ts';
import { IPC_CHANNEL } from '../../src/shared/methods.ts';
import { fakeElectron, FakeBrowserWindow, FakeFrame } from './fake-electron.ts';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof fakeElectron> }));
vi.mock('electron', async () => {
  const { fakeElectron } = await import('./fake-electron.ts');
  electron.current = fakeElectron();
  return electron.current;
});
const { bindIpc } = await import('../../electron/main/ipc.ts');

const APP_URL = 'file:///opt/Keepline/out/renderer/index.html';
type Handler = (event: unknown, ...args: unknown[]) => unknown;

function setUp(options: { dispatch?: Dispatch; locale?: Locale } = {}) {
  electron.current.ipcMain.handle.mockClear();
  const win = new FakeBrowserWindow({});
  win.webContents.mainFrame.url = `${APP_URL}#/numbers`;
  const dispatch = vi.fn(options.dispatch ?? (async () => ({ ok: true as const, value: 'answered' })));
  const unbind = bindIpc({
    dispatch,
    appWindow: () => win as never,
    appEntryUrl: APP_URL,
    locale: options.locale ?? 'en',
    logger: silentLogger,
  });
  expect(electron.current.ipcMain.handle).toHaveBeenCalledTimes(1);
  const [channel, handler] = electron.current.ipcMain.handle.mock.calls[0] as [string, Handler];
  expect(channel).toBe(IPC_CHANNEL);
  const send = (senderFrame: unknown, ...args: unknown[]) => handler({ senderFrame, sender: win.webContents }, ...args);
  return { win, dispatch, send, unbind };
}

beforeEach(() => electron.current?.ipcMain.removeHandler.mockClear());

describe('bindIpc', () => {
  it('passes a call from the app window main frame to dispatch, with the locale', async () => {
    const { win, dispatch, send } = setUp({ locale: 'zh-CN' });
    const input = { search: 'x' };
    await expect(send(win.webContents.mainFrame, 'numbers.list', input)).resolves.toEqual({ ok: true, value: 'answered' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('numbers.list', input, { locale: 'zh-CN' });
  });

  it('answers in the language the UI asks for, falling back to the OS language', async () => {
    const { win, dispatch, send } = setUp({ locale: 'zh-CN' });
    await send(win.webContents.mainFrame, 'numbers.list', {}, 'en');
    expect(dispatch).toHaveBeenLastCalledWith('numbers.list', {}, { locale: 'en' });
    await send(win.webContents.mainFrame, 'numbers.list', {}, { locale: 'en' });
    expect(dispatch).toHaveBeenLastCalledWith('numbers.list', {}, { locale: 'zh-CN' });
  });

  it.each([
    ['a subframe showing our page', () => new FakeFrame(APP_URL)],
    ['no frame (already gone)', () => null],
  ])('refuses %s before looking at the input', async (_what, frame) => {
    const { dispatch, send } = setUp();
    const poisoned = {
      get search() {
        throw new Error('the input was read');
      },
    };
    expect(await send(frame(), 'numbers.list', poisoned)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request is not allowed from here.' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the main frame of another window', async () => {
    const { dispatch, send } = setUp();
    const other = new FakeBrowserWindow({});
    other.webContents.mainFrame.url = APP_URL;
    expect(await send(other.webContents.mainFrame, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the app window main frame once it shows another page', async () => {
    const { win, dispatch, send } = setUp({ locale: 'zh-CN' });
    win.webContents.mainFrame.url = 'https://carrier.example/';
    expect(await send(win.webContents.mainFrame, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '不允许从此处发出该请求。' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls once the window is destroyed', async () => {
    const { win, dispatch, send } = setUp();
    const frame = win.webContents.mainFrame;
    win.close();
    expect(await send(frame, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('unbinds the channel', () => {
    const { unbind } = setUp();
    unbind();
    expect(electron.current.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
  });

  describe('with the real core', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keepline-ipc-'));
    let core: Core;
    afterAll(() => {
      core?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers with the envelope dispatch gives, for good and bad calls alike', async () => {
      core = await startCore({ databaseFile: join(dir, 'k.sqlite'), clock: systemClock, logger: silentLogger, version: '0.0.0' });
      const { win, send } = setUp({ dispatch: core.dispatch });
      const frame = win.webContents.mainFrame;
      expect(await send(frame, 'app.info', {})).toMatchObject({ ok: true, value: { version: '0.0.0' } });
      expect(await send(frame, 'numbers.list', { search: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'search' } });
      expect(await send(frame, { toString: () => 'app.info' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(await send(frame, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    });
  });
});
