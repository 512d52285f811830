import { createContext, useContext } from 'react';

/** Shows a short confirmation ("Changes saved.") in the status area. */
export type Notify = (text: string) => void;

export const NoticeContext = createContext<Notify>(() => {});

export function useNotify(): Notify {
  return useContext(NoticeContext);
}
