// Within the window: after any write that can change which reminders wait (a renewal marks its number's
// reminders done, an undo plans them again, a dismiss or snooze acknowledges one...), the banner reads them
// again at once instead of at its next minute. The API client announces it, so no page can forget to.
import type { MethodName } from '#shared/methods.ts';

const REMINDERS_CHANGED = 'keepline:reminders-changed';

/** Methods whose success can change a number's deadline or its reminders' states. */
const CHANGES_REMINDERS: ReadonlySet<MethodName> = new Set<MethodName>([
  'numbers.create',
  'numbers.update',
  'numbers.setArchived',
  'numbers.delete',
  'numbers.bulkArchive',
  'numbers.bulkCarrierRules',
  'events.record',
  'events.recordMany',
  'events.undoLast',
  'events.update',
  'events.delete',
  'carriers.save',
  'carriers.delete',
  'settings.update',
  'backups.restore',
  'import.json',
  'import.sheetCommit',
  'reminders.snooze',
  'reminders.dismiss',
  'reminders.dismissAll',
  'reminders.pause',
  'reminders.replanAll',
]);

export function changesReminders(method: MethodName): boolean {
  return CHANGES_REMINDERS.has(method);
}

export function announceRemindersChanged(): void {
  window.dispatchEvent(new Event(REMINDERS_CHANGED));
}

export function onRemindersChanged(listener: () => void): () => void {
  window.addEventListener(REMINDERS_CHANGED, listener);
  return () => window.removeEventListener(REMINDERS_CHANGED, listener);
}
