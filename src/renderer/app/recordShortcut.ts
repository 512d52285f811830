// `R` records a renewal on "the selected number": the number a page shows, or the list's current row.
// Pages register what R does while they are mounted; the global shortcut handler calls it.
import { useEffect, useRef } from 'react';

let target: (() => void) | null = null;

export function runRecordShortcut(): boolean {
  if (!target) return false;
  target();
  return true;
}

/** Makes `action` what R does while the caller is mounted (null: R does nothing here). */
export function useRecordShortcut(action: (() => void) | null): void {
  const ref = useRef(action);
  useEffect(() => {
    ref.current = action;
  });
  const enabled = action !== null;
  useEffect(() => {
    if (!enabled) return;
    const run = () => ref.current?.();
    target = run;
    return () => {
      if (target === run) target = null;
    };
  }, [enabled]);
}
