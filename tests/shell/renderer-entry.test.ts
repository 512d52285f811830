import { describe, expect, it } from 'vitest';
import { rendererEntry } from '../../electron/main/renderer-entry.ts';
import { isAppUrl } from '../../electron/main/url-policy.ts';

const indexHtml = '/opt/Keepline Beta/out/renderer/index.html';

describe('rendererEntry', () => {
  it('loads the built file, and its URL is the app URL Electron will report', () => {
    const entry = rendererEntry({ isPackaged: false, devServerUrl: undefined, indexHtml });
    expect(entry).toEqual({ kind: 'file', file: indexHtml, url: 'file:///opt/Keepline%20Beta/out/renderer/index.html' });
    expect(isAppUrl('file:///opt/Keepline Beta/out/renderer/index.html#/', entry.url)).toBe(true);
  });

  it('uses the electron-vite dev server during development', () => {
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexHtml })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it('ignores the variable in a packaged app', () => {
    expect(rendererEntry({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexHtml }).kind).toBe('file');
  });

  it.each(['https://evil.example/', 'http://user:pw@localhost:5173/', 'file:///tmp/x.html', 'javascript:alert(1)', 'not a url', ''])(
    'ignores a dev server URL that is not plain http(s) on this machine: %s',
    (devServerUrl) => expect(rendererEntry({ isPackaged: false, devServerUrl, indexHtml }).kind).toBe('file'),
  );
});
