// The only module that binds ipcMain (eslint.config.js refuses ipcMain.handle/on anywhere else).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import type { Dispatch } from '#core/dispatch.ts';
import type { Logger } from '#core/ports.ts';
import type { Envelope } from '#shared/errors.ts';
import { pickLocale, type Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';
import { IPC_CHANNEL } from '#shared/methods.ts';
import { isTrustedSender } from './sender-policy.ts';
import { BAR_ACTION_CHANNEL, type BarRegistry } from './carrier-window/bar-registry.ts';
import { isBarAction } from './carrier-window/bar-state.ts';

export interface IpcBinding {
  dispatch: Dispatch;
  /** The current app window (macOS may close and reopen it). */
  appWindow: () => BrowserWindow | null;
  appEntryUrl: string;
  locale: Locale;
  logger: Logger;
}

function isAppWindowMainFrame(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  // Electron hands out one WebFrameMain object per live frame, so identity is the check that excludes subframes.
  return event.senderFrame !== null && win !== null && !win.isDestroyed() && event.senderFrame === win.webContents.mainFrame;
}

function urlOf(frame: WebFrameMain | null): string | null {
  try {
    return frame?.url ?? null;
  } catch {
    return null; // A frame disposed mid-call throws on access: treat it as gone.
  }
}

/** Binds the one IPC channel to core's dispatch, after checking the sender; returns the unbinding. */
export function bindIpc(binding: IpcBinding): () => void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown, uiLocale: unknown): Promise<Envelope<unknown>> | Envelope<unknown> => {
    const sender = {
      frameIsMainFrameOfAppWindow: isAppWindowMainFrame(event, binding.appWindow()),
      frameUrl: urlOf(event.senderFrame),
    };
    if (!isTrustedSender(sender, binding.appEntryUrl)) {
      binding.logger.warn('IPC refused: not the app window', { frameUrl: sender.frameUrl?.slice(0, 200) ?? null });
      return { ok: false, error: { code: 'forbidden', message: codeMessage('forbidden', binding.locale) } };
    }
    // The UI can switch language without a restart; its choice wins over the OS language.
    const locale = typeof uiLocale === 'string' ? pickLocale(uiLocale) : binding.locale;
    return binding.dispatch(typeof method === 'string' ? method : '', input, { locale });
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}

/**
 * The renewal windows' bars: one-way messages naming a bar action, answered only for a registered bar's
 * own main frame showing our bar page. A carrier page has no preload and cannot send on it at all.
 */
export function bindBarIpc(bars: BarRegistry, logger: Logger): () => void {
  const listener = (event: Electron.IpcMainEvent, action: unknown) => {
    const entry = bars.get(event.sender.id);
    const frameUrl = urlOf(event.senderFrame);
    if (!entry || !entry.isOwnMainFrame(event.senderFrame, frameUrl) || !isBarAction(action)) {
      logger.warn('bar message refused', { frameUrl: frameUrl?.slice(0, 200) ?? null });
      return;
    }
    entry.act(action);
  };
  ipcMain.on(BAR_ACTION_CHANNEL, listener);
  return () => ipcMain.removeListener(BAR_ACTION_CHANNEL, listener);
}
