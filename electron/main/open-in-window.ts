import type { BrowserWindow } from 'electron';
import { OPEN_CHANNEL } from '#shared/methods.ts';
import type { OpenTarget } from './notification-view.ts';

/** What the renderer is told to open: a number id, `record:<id>` (its record form too), or 'inbox'. */
export function openMessage(target: OpenTarget): number | 'inbox' | `record:${number}` {
  if (target.type === 'inbox') return 'inbox';
  return target.record ? `record:${target.numberId}` : target.numberId;
}

/** Asks the app window's page to open a number or the inbox, once the page has loaded. One-way, main to renderer. */
export function openInWindow(win: BrowserWindow, target: OpenTarget): void {
  const send = () => {
    if (!win.isDestroyed()) win.webContents.send(OPEN_CHANNEL, openMessage(target));
  };
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}
