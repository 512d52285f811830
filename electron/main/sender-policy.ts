import { isAppUrl } from './url-policy.ts';

export interface SenderFacts {
  /** The sending frame is the app window's main frame: not a subframe, not another window. */
  frameIsMainFrameOfAppWindow: boolean;
  /** The sending frame's URL at the time of the message; null once the frame is gone. */
  frameUrl: string | null;
}

/** IPC is answered only for our own page in our own window's main frame (Electron security checklist, item 17). */
export function isTrustedSender(sender: SenderFacts, appEntry: string): boolean {
  return sender.frameIsMainFrameOfAppWindow && sender.frameUrl !== null && isAppUrl(sender.frameUrl, appEntry);
}
