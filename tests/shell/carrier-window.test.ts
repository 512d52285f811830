// The renewal window factory through its kit: which surfaces get which preferences, sessions and rules.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import type { RenewalWindowRequest } from '../../src/core/carriers/carrier-shell.ts';
import { carrierPartition } from '../../src/core/carriers/session-partition.ts';
import type { BarAction, BarState } from '../../electron/main/carrier-window/bar-state.ts';
import { openCarrierWindow, planCarrierWindow, type CarrierWindowKit, type PageRules } from '../../electron/main/carrier-window/factory.ts';

const paths = { barPreload: '/app/out/preload/bar.cjs', barUrl: 'file:///app/out/renderer/bar.html' };

function request(overrides: Partial<RenewalWindowRequest> = {}): RenewalWindowRequest {
  return {
    numberId: 1,
    partition: carrierPartition('gb-giffgaff', 'ACC-1'),
    url: 'https://www.giffgaff.com/top-up',
    number: '+447700900123',
    label: 'UK travel',
    deadlineOn: '2026-12-01',
    deadlineEndsAt: '2026-12-02T00:00:00.000Z',
    timeZone: 'Europe/London',
    ...overrides,
  };
}

const LOCKED = {
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

function fakeKit() {
  const log = {
    window: null as BrowserWindowConstructorOptions | null,
    bar: null as WebPreferences | null,
    page: null as WebPreferences | null,
    rules: null as PageRules | null,
    loaded: [] as string[],
    states: [] as BarState[],
    external: [] as string[],
    closed: false,
    act: (_action: BarAction) => {},
    page_: { url: 'https://www.giffgaff.com/top-up', back: 0, reloads: 0, canGoBack: false },
  };
  let onClosed = () => {};
  const kit: CarrierWindowKit = {
    createWindow(options) {
      log.window = options;
      return { layout() {}, show() {}, close: () => ((log.closed = true), onClosed()), onClosed: (listener) => (onClosed = listener) };
    },
    createBar(_window, webPreferences, onAction) {
      log.bar = webPreferences;
      log.act = onAction;
      return { load: (url) => log.loaded.push(url), show: (state) => log.states.push(state) };
    },
    createPage(_window, webPreferences, rules) {
      log.page = webPreferences;
      log.rules = rules;
      return {
        url: () => log.page_.url,
        canGoBack: () => log.page_.canGoBack,
        isLoading: () => false,
        goBack: () => log.page_.back++,
        reload: () => log.page_.reloads++,
        load: (url) => log.loaded.push(url),
        onChange() {},
      };
    },
    openExternal: (url) => log.external.push(url),
  };
  return { kit, log };
}

describe('renewal window plan', () => {
  it('gives the carrier page every protection, no preload, and the session of its carrier account', () => {
    const plan = planCarrierWindow(request(), paths);
    expect(plan.page.webPreferences).toEqual({ ...LOCKED, partition: carrierPartition('gb-giffgaff', 'acc-1') });
    expect(plan.page.webPreferences).not.toHaveProperty('preload');
    expect(plan.page.url).toBe('https://www.giffgaff.com/top-up');
  });

  it('gives the bar its own preload and a session no carrier page uses: bar and page never share either', () => {
    const plan = planCarrierWindow(request(), paths);
    expect(plan.bar.webPreferences).toEqual({ ...LOCKED, preload: paths.barPreload, partition: 'keepline-carrier-bar' });
    expect(plan.bar.webPreferences.partition).not.toBe(plan.page.webPreferences.partition);
    expect(plan.window.webPreferences).toEqual({ ...LOCKED, partition: 'keepline-carrier-bar' });
    expect(plan.window.webPreferences).not.toHaveProperty('preload');
  });

  it('shares a session between numbers of one account and never between two accounts', () => {
    const a = planCarrierWindow(request({ numberId: 1, partition: carrierPartition('gb-giffgaff', 'ACC-1') }), paths);
    const b = planCarrierWindow(request({ numberId: 2, partition: carrierPartition('gb-giffgaff', 'ACC-1') }), paths);
    const c = planCarrierWindow(request({ numberId: 3, partition: carrierPartition('gb-giffgaff', 'ACC-2') }), paths);
    expect(a.page.webPreferences.partition).toBe(b.page.webPreferences.partition);
    expect(a.page.webPreferences.partition).not.toBe(c.page.webPreferences.partition);
    expect(a.page.webPreferences.partition).toMatch(/^persist:carrier-[0-9a-f]{32}$/);
  });

  it('opens payment pop-ups as children in the same session under the same preferences, without a preload', () => {
    const plan = planCarrierWindow(request(), paths);
    expect(plan.child.webPreferences).toEqual(plan.page.webPreferences);
  });

  it('refuses a partition that is not a carrier partition (never the default or the app session)', () => {
    for (const partition of ['', 'persist:keepline', 'keepline-carrier-bar', 'persist:carrier-../x']) {
      expect(() => planCarrierWindow(request({ partition }), paths)).toThrow(/Not a carrier partition/);
    }
  });
});

describe('renewal window', () => {
  it('installs the page rules, loads bar and page, and settles with "record" from the bar', async () => {
    const { kit, log } = fakeKit();
    const outcome = openCarrierWindow(kit, paths, request());
    expect(log.loaded).toEqual([paths.barUrl, 'https://www.giffgaff.com/top-up']);
    const rules = log.rules as PageRules;
    expect(rules.navigationAllowed('javascript:alert(1)')).toBe(false);
    expect(rules.permissionAllowed('media')).toBe(false);
    expect(rules.acceptCertificateError()).toBe(false);
    expect(rules.windowOpen('https://www.paypal.com/pay', 'https://www.giffgaff.com/').action).toBe('child');
    expect(rules.child.webPreferences?.partition).toBe(log.page?.partition);
    expect(log.states.at(-1)).toMatchObject({ number: '+447700900123', origin: 'www.giffgaff.com', secure: true, deadlineOn: '2026-12-01' });
    log.act('reload');
    log.act('back'); // no history: nothing happens
    log.act('openInBrowser');
    expect(log.page_).toMatchObject({ reloads: 1, back: 0 });
    expect(log.external).toEqual(['https://www.giffgaff.com/top-up']);
    log.act('record');
    await expect(outcome).resolves.toBe('record');
  });

  it('settles with "closed" when the user closes it', async () => {
    const { kit, log } = fakeKit();
    const outcome = openCarrierWindow(kit, paths, request());
    log.act('close');
    await expect(outcome).resolves.toBe('closed');
  });
});
