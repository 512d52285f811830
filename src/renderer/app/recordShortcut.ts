// `R` records a renewal on "the selected number": the number a page shows, or the list's current row.
// Pages register what R does while they are mounted; the global shortcut handler calls it.
import { useLayoutEffect, useRef } from 'react';

let target: (() => void) | null = null;

export function runRecordShortcut(): boolean {
  if (!target) return false;
  target();
  return true;
}

/** Makes `action` what R does while the caller is mounted (null: R does nothing here). */
export function useRecordShortcut(action: (() => void) | null): void {
  const ref = useRef(action);
  // Layout effects: R works from the moment the page shows its number, not one paint later.
  useLayoutEffect(() => {
    ref.current = action;
  });
  const enabled = action !== null;
  useLayoutEffect(() => {
    if (!enabled) return;
    const run = () => ref.current?.();
    target = run;
    return () => {
      if (target === run) target = null;
    };
  }, [enabled]);
}
