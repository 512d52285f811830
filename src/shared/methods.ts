// The names of every contract method, free of zod so the sandboxed preload can import it cheaply.
// `contract.ts` is checked against this list at compile time.
export const METHOD_NAMES = [
  'app.info',
  'numbers.list',
  'numbers.ids',
  'numbers.get',
  'numbers.create',
  'numbers.update',
  'numbers.setArchived',
  'numbers.delete',
  'events.list',
  'events.record',
  'events.preview',
  'events.undoLast',
  'settings.get',
  'settings.update',
  'dashboard.summary',
  'numbers.facets',
  'numbers.bulkTag',
  'numbers.bulkUntag',
  'numbers.bulkArchive',
  'events.recordMany',
  'carriers.list',
  'carriers.get',
  'carriers.save',
  'carriers.delete',
  'carriers.suggestRule',
  'carriers.sessions',
  'carriers.clearSession',
  'renewals.target',
  'renewals.open',
  'events.attachReceipt',
  'events.attachDownloadedReceipt',
  'events.attachments',
  'backups.list',
  'backups.create',
  'backups.ensureDaily',
  'backups.restore',
  'secrets.list',
  'secrets.set',
  'secrets.reveal',
  'secrets.delete',
  'export.numbersCsv',
  'export.historyCsv',
  'export.historyJson',
  'export.json',
  'export.calendar',
  'import.json',
  'reminders.list',
  'reminders.inbox',
  'reminders.scan',
  'reminders.snooze',
  'reminders.dismiss',
  'reminders.pause',
  'reminders.trayState',
  'import.sheetPreview',
  'import.sheetCommit',
  'jobs.start',
  'jobs.status',
  'jobs.cancel',
  'history.list',
  'events.update',
  'events.updatePreview',
  'events.delete',
  'spending.summary',
  'spending.forecast',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_CHANNEL = 'keepline:dispatch';

/** Main to renderer only: open a number (its id) or the reminders inbox, after a notification or tray click. */
export const OPEN_CHANNEL = 'keepline:open';

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
