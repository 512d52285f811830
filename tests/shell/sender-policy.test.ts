import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/sender-policy.ts';

const ENTRY = 'file:///opt/Keepline/out/renderer/index.html';

describe('isTrustedSender', () => {
  it('trusts our page in the app window main frame', () => {
    expect(isTrustedSender({ frameIsMainFrameOfAppWindow: true, frameUrl: `${ENTRY}#/numbers` }, ENTRY)).toBe(true);
  });

  it('refuses a subframe or another window, even showing our own page', () => {
    expect(isTrustedSender({ frameIsMainFrameOfAppWindow: false, frameUrl: ENTRY }, ENTRY)).toBe(false);
  });

  it('refuses the main frame once it shows another page', () => {
    for (const frameUrl of ['https://carrier.example/login', 'about:blank', 'data:text/html,x', 'file:///etc/passwd', '']) {
      expect(isTrustedSender({ frameIsMainFrameOfAppWindow: true, frameUrl }, ENTRY)).toBe(false);
    }
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender({ frameIsMainFrameOfAppWindow: true, frameUrl: null }, ENTRY)).toBe(false);
  });
});
