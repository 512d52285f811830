import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, METHOD_NAMES } from '../../src/shared/methods.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(key).toBe('keepline');
  exposed = api;
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
