import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, METHOD_NAMES, OPEN_CHANNEL } from '../../src/shared/methods.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index.ts');
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls as [string, Record<string, unknown>][];
  expect(calls.map(([key]) => key)).toEqual(['keepline', 'keeplineShell']);
  exposed = calls[0]![1];
  shellApi = calls[1]![1];
});

let shellApi: Record<string, unknown>;

describe('preload: the one message from main (open a number or the inbox)', () => {
  it('exposes only onOpenNumber, which passes checked plain values and can be removed', () => {
    expect(Object.keys(shellApi)).toEqual(['onOpenNumber']);
    const seen: unknown[] = [];
    const off = (shellApi['onOpenNumber'] as (cb: (target: unknown) => void) => () => void)((target) => seen.push(target));
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as [string, (...args: unknown[]) => void];
    expect(channel).toBe(OPEN_CHANNEL);
    for (const value of [7, 'inbox', 'record:12', -1, 1.5, '7', { id: 7 }, 'javascript:alert(1)', 'record:0', 'record:1x', 'record:-3']) listener({ sender: 'event' }, value);
    expect(seen).toEqual([7, 'inbox', 'record:12']);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(OPEN_CHANNEL, listener);
  });
});

describe('preload', () => {
  it('exposes exactly one function per contract method, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof exposed[name]).toBe('function');
    expect(Object.getOwnPropertySymbols(exposed)).toEqual([]);
  });

  it('sends the method name and the one input over the one channel, and returns only the answer', async () => {
    const envelope = { ok: true, value: { items: [] } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(envelope);
    const list = exposed['numbers.list'] as (...args: unknown[]) => Promise<unknown>;
    const input = { search: 'vodafone' };
    await expect(list(input, 'extra argument', () => 'a callback')).resolves.toBe(envelope);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, 'numbers.list', input, undefined);
  });

  it('passes the UI language as a plain string, and nothing else from the options', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    const get = exposed['numbers.get'] as (...args: unknown[]) => Promise<unknown>;
    await get({ id: 1 }, { locale: 'zh-CN', extra: { evil: true } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, 'numbers.get', { id: 1 }, 'zh-CN');
    await get({ id: 1 }, { locale: { toString: () => 'zh-CN' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, 'numbers.get', { id: 1 }, undefined);
  });

  it('calls every method by its own name', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    for (const name of METHOD_NAMES) {
      await (exposed[name] as (input: unknown) => Promise<unknown>)({});
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, name, {}, undefined);
    }
  });

  it('never hands out ipcRenderer or its objects', () => {
    const values = Object.values(exposed);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
  });
});
