import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { CARRIER_PARTITION_PATTERN } from '#core/carriers/session-partition.ts';

/** The protective preferences every carrier-window surface shares, each spelled out (Electronegativity cannot see defaults). */
const LOCKED: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  plugins: false,
  enableWebSQL: false,
  spellcheck: false,
};

export function assertCarrierPartition(partition: string): string {
  if (!CARRIER_PARTITION_PATTERN.test(partition)) throw new Error(`Not a carrier partition: ${partition.slice(0, 80)}`);
  return partition;
}

/** The remote page: no preload at all, its own persistent session per carrier account. */
export function carrierPageWebPreferences(partition: string): WebPreferences {
  return { ...LOCKED, partition: assertCarrierPartition(partition) };
}

/** Keepline's bar: its own page and its own tiny preload, in a session no carrier page uses. */
export function barWebPreferences(barPreloadPath: string): WebPreferences {
  return { ...LOCKED, preload: barPreloadPath, partition: BAR_PARTITION };
}

/** An in-memory session (no `persist:`) shared by bars only. */
export const BAR_PARTITION = 'keepline-carrier-bar';

export const BAR_HEIGHT = 56;

export function carrierWindowOptions(title: string, parentOptions?: { width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    title,
    width: parentOptions?.width ?? 1100,
    height: parentOptions?.height ?? 800,
    minWidth: 480,
    minHeight: 360,
    show: false,
    // The window itself shows nothing; its own web contents get the same locked preferences, without preload.
    webPreferences: { ...LOCKED, partition: BAR_PARTITION },
  };
}
