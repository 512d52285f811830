import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardEveryWebContents } from '../../electron/main/web-contents-guard.ts';
import { FakeApp, FakeWebContents } from './fake-electron.ts';

describe('guardEveryWebContents', () => {
  it('stops every webview from attaching and every page from opening a window', () => {
    const app = new FakeApp();
    guardEveryWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);

    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
