// Within the window: a page that changed reminders (dismissed, snoozed) says so, and the banner reads them
// again at once instead of at its next minute.
const REMINDERS_CHANGED = 'keepline:reminders-changed';

export function announceRemindersChanged(): void {
  window.dispatchEvent(new Event(REMINDERS_CHANGED));
}

export function onRemindersChanged(listener: () => void): () => void {
  window.addEventListener(REMINDERS_CHANGED, listener);
  return () => window.removeEventListener(REMINDERS_CHANGED, listener);
}
