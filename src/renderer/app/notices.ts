import { createContext, useContext } from 'react';

/** A confirmation ("Changes saved.") or, with `error`, what went wrong; both shown in the notice bar. */
export type NoticeTone = 'success' | 'error';
export type Notify = (text: string, tone?: NoticeTone) => void;

export interface Notice {
  text: string;
  tone: NoticeTone;
}

export const NoticeContext = createContext<Notify>(() => {});

export function useNotify(): Notify {
  return useContext(NoticeContext);
}
