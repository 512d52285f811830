import type { App } from 'electron';

/**
 * Defaults for every web contents the app ever creates (app window, future carrier windows): no
 * `<webview>` can attach and no page can open a window. Each window may then install a narrower
 * window-open handler of its own, which replaces this one.
 */
export function guardEveryWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
