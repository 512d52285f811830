import { createContext, useContext } from 'react';

/** A confirmation ("Changes saved.") or, with `error`, what went wrong; both shown in the notice bar. */
export type NoticeTone = 'success' | 'error';

/** A button beside a confirmation that takes back what it confirms ("Undo"). */
export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

export type Notify = (text: string, tone?: NoticeTone, action?: NoticeAction) => void;

export interface Notice {
  text: string;
  tone: NoticeTone;
  action?: NoticeAction;
}

export const NoticeContext = createContext<Notify>(() => {});

export function useNotify(): Notify {
  return useContext(NoticeContext);
}
