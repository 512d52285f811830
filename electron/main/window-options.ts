import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * Every protective preference spelled out, even where it is Electron's default, so a change of default
 * or a careless edit shows up in review and in tests/shell/window-options.test.ts.
 */
export function appWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    spellcheck: false,
    plugins: false,
    enableWebSQL: false,
  };
}

export function appWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Keepline',
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: appWebPreferences(preloadPath),
  };
}
