import { useEffect } from 'react';
import { runRecordShortcut } from './recordShortcut.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ShortcutActions {
  add: () => void;
  search: () => void;
  help: () => void;
}

/**
 * `N` adds a number, `/` goes to search, `R` records a renewal on the selected number and `?` lists the
 * shortcuts, unless the user is typing or a dialog is open. Esc and the arrow keys belong to dialogs and the list.
 */
export function useShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key;
      if (key === 'n' || key === 'N') actions.add();
      else if (key === '/') actions.search();
      else if (key === '?') actions.help();
      else if (key === 'r' || key === 'R') {
        if (!runRecordShortcut()) return;
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
