import { describe, expect, it } from 'vitest';
import { appWebPreferences, appWindowOptions } from '../../electron/main/window-options.ts';

describe('app window preferences', () => {
  const prefs = appWebPreferences('/app/out/preload/index.cjs');

  it('sets every protective preference explicitly', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
    });
    // Spelled out, not left to defaults: a key that is merely absent would pass toMatchObject above.
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'webviewTag'] as const) {
      expect(Object.hasOwn(prefs, key)).toBe(true);
    }
  });

  it('enables no Blink features and no escape hatches', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(Object.hasOwn(prefs, 'enableBlinkFeatures')).toBe(false);
    expect(Object.hasOwn(prefs, 'additionalArguments')).toBe(false);
    expect(Object.hasOwn(prefs, 'partition')).toBe(false);
  });

  it('uses these preferences for the window, which stays hidden until ready', () => {
    const options = appWindowOptions('/p.cjs');
    expect(options.webPreferences).toEqual(appWebPreferences('/p.cjs'));
    expect(options.show).toBe(false);
  });
});
