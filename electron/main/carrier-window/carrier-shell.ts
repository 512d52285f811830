import type { CarrierShell } from '#core/carriers/carrier-shell.ts';
import type { Logger } from '#core/ports.ts';
import type { BarRegistry } from './bar-registry.ts';
import { clearCarrierSession, electronCarrierKit } from './electron-kit.ts';
import { openCarrierWindow, type CarrierWindowPaths, type KitWindow } from './factory.ts';
import { onePerNumber } from './one-per-number.ts';
import { downloadedReceipts } from './downloaded-receipts.ts';

/** Core's view of the carrier windows, backed by Electron. */
export function electronCarrierShell(bars: BarRegistry, paths: CarrierWindowPaths, logger: Logger): CarrierShell {
  const kit = electronCarrierKit(bars, paths.barUrl, logger);
  const receipts = downloadedReceipts();
  const openRenewal = onePerNumber((request) => {
    let win: KitWindow | null = null;
    const outcome = openCarrierWindow(kit, paths, request, (created) => (win = created), receipts.add);
    return { outcome, front: () => win?.show() };
  });
  return {
    openRenewal,
    readReceipt: receipts.read,
    clearSession: clearCarrierSession,
  };
}
