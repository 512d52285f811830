import type { CarrierShell } from '#core/carriers/carrier-shell.ts';
import type { Logger } from '#core/ports.ts';
import type { BarRegistry } from './bar-registry.ts';
import { clearCarrierSession, electronCarrierKit } from './electron-kit.ts';
import { openCarrierWindow, type CarrierWindowPaths, type KitWindow } from './factory.ts';
import { onePerNumber } from './one-per-number.ts';

/** Core's view of the carrier windows, backed by Electron. */
export function electronCarrierShell(bars: BarRegistry, paths: CarrierWindowPaths, logger: Logger): CarrierShell {
  const kit = electronCarrierKit(bars, paths.barUrl, logger);
  const openRenewal = onePerNumber((request) => {
    let win: KitWindow | null = null;
    const outcome = openCarrierWindow(kit, paths, request, (created) => (win = created));
    return { outcome, front: () => win?.show() };
  });
  return {
    openRenewal,
    clearSession: clearCarrierSession,
  };
}
