import type { CarrierShell } from '#core/carriers/carrier-shell.ts';
import type { Logger } from '#core/ports.ts';
import type { BarRegistry } from './bar-registry.ts';
import { clearCarrierSession, electronCarrierKit } from './electron-kit.ts';
import { openCarrierWindow, type CarrierWindowPaths } from './factory.ts';

/** Core's view of the carrier windows, backed by Electron. */
export function electronCarrierShell(bars: BarRegistry, paths: CarrierWindowPaths, logger: Logger): CarrierShell {
  const kit = electronCarrierKit(bars, paths.barUrl, logger);
  return {
    openRenewal: (request) => openCarrierWindow(kit, paths, request),
    clearSession: clearCarrierSession,
  };
}
