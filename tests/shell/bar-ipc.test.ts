import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/ports.ts';
import { fakeElectron } from './fake-electron.ts';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof fakeElectron> }));
vi.mock('electron', async () => {
  const { fakeElectron } = await import('./fake-electron.ts');
  electron.current = fakeElectron();
  return electron.current;
});
const { bindBarIpc } = await import('../../electron/main/ipc.ts');
const { BarRegistry, BAR_ACTION_CHANNEL } = await import('../../electron/main/carrier-window/bar-registry.ts');

const BAR_URL = 'file:///app/out/renderer/bar.html';

function setUp() {
  const bars = new BarRegistry();
  const barFrame = { url: BAR_URL };
  const act = vi.fn();
  bars.register(7, { isOwnMainFrame: (frame, url) => frame === barFrame && url === BAR_URL, act });
  bindBarIpc(bars, silentLogger);
  const [channel, listener] = electron.current.ipcMain.on.mock.calls.at(-1) as [string, (event: unknown, action: unknown) => void];
  expect(channel).toBe(BAR_ACTION_CHANNEL);
  return { barFrame, act, send: (senderId: number, senderFrame: unknown, action: unknown) => listener({ sender: { id: senderId }, senderFrame }, action) };
}

describe('bar IPC', () => {
  it('acts on a known action from a registered bar main frame showing the bar page', () => {
    const { barFrame, act, send } = setUp();
    send(7, barFrame, 'record');
    expect(act).toHaveBeenCalledExactlyOnceWith('record');
  });

  it('refuses other senders, other frames, other pages and unknown actions', () => {
    const { barFrame, act, send } = setUp();
    send(8, barFrame, 'record'); // not a bar (a carrier page or the app window)
    send(7, { url: BAR_URL }, 'record'); // a subframe of the bar
    send(7, { url: 'https://evil.example/' }, 'record');
    send(7, barFrame, 'executeJavaScript');
    send(7, barFrame, { toString: () => 'record' });
    expect(act).not.toHaveBeenCalled();
  });
});
