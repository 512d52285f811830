// The renewal window factory through its kit: which surfaces get which preferences, sessions and rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import type { RenewalWindowRequest } from '../../src/core/carriers/carrier-shell.ts';
import { carrierPartition } from '../../src/core/carriers/session-partition.ts';
import type { BarAction, BarState } from '../../electron/main/carrier-window/bar-state.ts';
import { openCarrierWindow, planCarrierWindow, type CarrierWindowKit, type PageRules } from '../../electron/main/carrier-window/factory.ts';
import { downloadedReceipts } from '../../electron/main/carrier-window/downloaded-receipts.ts';
import type { CompletedDownload } from '../../electron/main/carrier-window/downloads.ts';
import { MAX_RECEIPT_BYTES } from '../../src/shared/carriers.ts';

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
    download: (_download: CompletedDownload) => {},
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
        onDownloaded: (listener) => (log.download = listener),
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
    await expect(outcome).resolves.toEqual({ outcome: 'record', receipts: [] });
  });

  it('settles with "closed" when the user closes it', async () => {
    const { kit, log } = fakeKit();
    const outcome = openCarrierWindow(kit, paths, request());
    log.act('close');
    await expect(outcome).resolves.toEqual({ outcome: 'closed', receipts: [] });
  });

  it('offers what the page downloaded that could be the receipt, newest first, under the name it was saved as', async () => {
    const { kit, log } = fakeKit();
    const outcome = openCarrierWindow(kit, paths, request(), () => {}, downloadedReceipts().add);
    log.download({ savePath: '/home/ana/Downloads/giffgaff-invoice-Nov.pdf', fileName: 'invoice.pdf', mimeType: 'application/pdf', size: 51_200 });
    log.download({ savePath: '/home/ana/Downloads/setup.exe', fileName: 'setup.exe', mimeType: 'application/octet-stream', size: 900_000 });
    // Some pages send a scan as a generic type: its saved name still says what it is.
    log.download({ savePath: '/home/ana/Downloads/receipt.JPG', fileName: 'receipt', mimeType: 'application/octet-stream', size: 80_000 });
    log.act('record');
    const { receipts } = await outcome;
    expect(receipts.map(({ fileName, mediaType, size }) => [fileName, mediaType, size])).toEqual([
      ['receipt.JPG', 'image/jpeg', 80_000],
      ['giffgaff-invoice-Nov.pdf', 'application/pdf', 51_200],
    ]);
    expect(new Set(receipts.map((receipt) => receipt.id)).size).toBe(2);
  });
});

describe('receipts downloaded in renewal windows', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepline-downloads-'));
  const saved = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return { savePath: file, fileName: name, mimeType: 'application/pdf', size: bytes.length };
  };

  it('reads a receipt by its id as it is on disk now, and nothing for an id never given out', async () => {
    const receipts = downloadedReceipts();
    const pdf = Buffer.from('%PDF-1.7 receipt');
    const { id } = receipts.add(saved('paid.pdf', pdf))!;
    expect(await receipts.read(id)).toEqual({ fileName: 'paid.pdf', mediaType: 'application/pdf', bytes: pdf });
    expect(await receipts.read('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('reads nothing once the file was moved or deleted, and never more than one byte past the limit', async () => {
    const receipts = downloadedReceipts();
    const gone = receipts.add(saved('gone.pdf', Buffer.from('%PDF-1.4')))!;
    fs.rmSync(path.join(dir, 'gone.pdf'));
    expect(await receipts.read(gone.id)).toBeNull();
    const huge = receipts.add(saved('huge.pdf', Buffer.alloc(MAX_RECEIPT_BYTES + 4096, 0x25)))!;
    expect((await receipts.read(huge.id))!.bytes.length).toBe(MAX_RECEIPT_BYTES + 1);
  });
});
