// The preload of Keepline's bar above a carrier page (never of the carrier page, which has none). It
// exposes two functions: receive the bar's state, and ask for one of five actions. Nothing else crosses.
import { contextBridge, ipcRenderer } from 'electron';

const STATE_CHANNEL = 'keepline:bar-state';
const ACTION_CHANNEL = 'keepline:bar-action';
const ACTIONS = ['back', 'reload', 'openInBrowser', 'record', 'close'];

contextBridge.exposeInMainWorld('keeplineBar', {
  onState(listener: (state: unknown) => void): void {
    if (typeof listener !== 'function') return;
    // Only the state crosses, never the event (which would carry the sender and ipcRenderer).
    ipcRenderer.on(STATE_CHANNEL, (_event, state: unknown) => listener(state));
  },
  act(action: unknown): void {
    if (typeof action === 'string' && ACTIONS.includes(action)) ipcRenderer.send(ACTION_CHANNEL, action);
  },
});
