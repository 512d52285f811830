import { appHandlers } from './app.ts';
import { backupHandlers } from './backups.ts';
import { secretHandlers } from './secrets.ts';
import { exchangeHandlers } from './exchange.ts';
import { carrierHandlers } from './carriers.ts';
import { renewalHandlers } from './renewals.ts';
import { eventHandlers } from './events.ts';
import { bulkHandlers } from './bulk.ts';
import { bulkCarrierRulesHandlers } from './bulk-carrier-rules.ts';
import { dashboardHandlers } from './dashboard.ts';
import { numberHandlers } from './numbers.ts';
import { reminderHandlers } from './reminders.ts';
import { settingsHandlers } from './settings.ts';
import { sheetImportHandlers } from './sheet-import.ts';
import { historyHandlers } from './history.ts';
import { jobHandlers } from './jobs.ts';
import type { Handlers } from './types.ts';

const groups: object[] = [appHandlers, numberHandlers, eventHandlers, settingsHandlers, backupHandlers, secretHandlers, exchangeHandlers, carrierHandlers, renewalHandlers, reminderHandlers, dashboardHandlers, bulkHandlers, bulkCarrierRulesHandlers, sheetImportHandlers, historyHandlers, jobHandlers];

/** A name defined by two domain groups would silently shadow one: refuse it at start-up. */
export function assertNoDuplicateHandlers(list: object[]): void {
  const seen = new Set<string>();
  for (const name of list.flatMap((group) => Object.keys(group))) {
    if (seen.has(name)) throw new Error(`Handler "${name}" is defined twice`);
    seen.add(name);
  }
}
assertNoDuplicateHandlers(groups);

/** Every contract method's handler; a missing one fails to compile here. */
export const handlers: Handlers = { ...appHandlers, ...numberHandlers, ...eventHandlers, ...settingsHandlers, ...backupHandlers, ...secretHandlers, ...exchangeHandlers, ...carrierHandlers, ...renewalHandlers, ...reminderHandlers, ...dashboardHandlers, ...bulkHandlers, ...bulkCarrierRulesHandlers, ...sheetImportHandlers, ...historyHandlers, ...jobHandlers };
