// From a due number: open the carrier's renewal page (a new tab, cut off from Keepline), record the
// renewal in one step with the prefilled values, keep a receipt, and see expiry, status and history.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NOW = '2026-11-25T10:00:00Z';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

// The desktop app's bridge, faked over HTTP: the renewal window "closes" with Record pressed after its page
// downloaded two PDFs, and keeping one does what the shell and core do, with the bytes the shell would read.
const INVOICE = { id: '3f0c9a1e-58b2-4d7e-9a41-2c6de0f1b7a3', fileName: 'zain-invoice-nov.pdf', mediaType: 'application/pdf', size: 52_224 };
const TERMS = { id: '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e', fileName: 'terms.pdf', mediaType: 'application/pdf', size: 310_000 };
const FAKE_DESKTOP_BRIDGE = `
  const token = /token=([^&]+)/.exec(location.hash)?.[1] ?? '';
  const downloads = ${JSON.stringify({ [INVOICE.id]: INVOICE.fileName, [TERMS.id]: TERMS.fileName })};
  const api = (method, input) => fetch('/api/' + method, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  }).then((response) => response.json());
  window.keptDownloads = [];
  window.keepline = new Proxy({}, {
    get: (_target, method) => async (input) => {
      if (method === 'renewals.open') {
        const opened = await api(method, input);
        return opened.ok ? { ok: true, value: { ...opened.value, outcome: 'record', receipts: ${JSON.stringify([INVOICE, TERMS])} } } : opened;
      }
      if (method === 'events.attachDownloadedReceipt') {
        window.keptDownloads.push(input.receiptId);
        return api('events.attachReceipt', { eventId: input.eventId, fileName: downloads[input.receiptId], mediaType: 'application/pdf', dataBase64: '${PDF.toString('base64')}' });
      }
      return api(method, input);
    },
  });
`;

describe('renewal flow', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, browser, page } = session));

  it('opens the renewal page, records the renewal in one step and keeps the receipt', async () => {
    await apiCall(server.url, 'carriers.save', { fields: { name: 'Zain Kuwait', country: 'KW', timeZone: 'Asia/Kuwait', renewalUrl: 'https://zain.invalid/topup' } });
    const number = await apiCall(server.url, 'numbers.create', {
      phone: '+965 6000 1234',
      label: 'Kuwait line',
      carrier: 'Zain Kuwait',
      accountRef: 'ACC-7',
      timeZone: 'Asia/Kuwait',
      planCost: { amountMinor: 5000, currency: 'KWD' },
      billingPeriod: { count: 3, unit: 'months' },
      expiryDate: '2026-11-28',
    });
    expect(number.status.state).toBe('due_soon');

    const { list, detail } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await list.open('+965 6000 1234');
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Nov 28, 2026');

    const link = page.getByRole('link', { name: 'Open renewal page' });
    expect(await link.getAttribute('href')).toBe('https://zain.invalid/topup');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    expect(await tab.evaluate('window.opener')).toBeNull();
    await tab.close();

    // The one-step form, prefilled from the plan, with the new expiry the rule implies.
    const dialog = detail.dialog;
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.locator('#f-amount-amountMinor').inputValue()).toBe('5.000');
    expect(await dialog.locator('#f-amount-currency').inputValue()).toBe('KWD');
    await expect.poll(() => dialog.innerText()).toContain('New expiry: Feb 28, 2027 (was Nov 28, 2026)');
    await dialog.locator('#event-receipt').setInputFiles({ name: 'zain-receipt.pdf', mimeType: 'application/pdf', buffer: PDF });
    await snap(page, 'renewal-1-record');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Feb 28, 2027');
    await expect.poll(() => detail.historyItems.count()).toBe(1);
    expect(await detail.historyItems.first().innerText()).toContain('Expiry date: Nov 28, 2026 → Feb 28, 2027');
    const receipts = page.getByRole('region', { name: 'Receipts' });
    await expect.poll(() => receipts.innerText()).toContain('zain-receipt.pdf');
    await snap(page, 'renewal-2-recorded');

    const after = await apiCall(server.url, 'numbers.get', { id: number.id });
    expect(after.status.state).toBe('ok');
    const events = await apiCall(server.url, 'events.list', { numberId: number.id });
    expect(events.items[0]).toMatchObject({ kind: 'renewal', source: 'renewal_window', amount: { amountMinor: 5000, currency: 'KWD' } });
  });

  it('refuses a receipt that is not a PDF, PNG or JPEG', async () => {
    const { detail } = appPages(page);
    await detail.recordRenewal();
    const dialog = detail.dialog;
    await dialog.locator('#event-receipt').setInputFiles({ name: 'run-me.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await expect.poll(() => dialog.innerText()).toContain('Only PDF, PNG and JPEG receipts can be kept.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('in the desktop app, offers what the renewal window downloaded, the newest ticked, and keeps the ticked one', async () => {
    const desktop = await openPage(browser);
    try {
      await desktop.addInitScript(FAKE_DESKTOP_BRIDGE);
      const { list, detail } = appPages(desktop);
      await desktop.goto(server.url);
      await list.show();
      await list.open('+965 6000 1234');
      await desktop.getByRole('button', { name: 'Open renewal page' }).click();

      const dialog = detail.dialog;
      const offered = dialog.getByRole('group', { name: 'Downloaded in the renewal window: keep with this renewal' });
      await expect.poll(() => offered.count()).toBe(1);
      expect(await offered.getByRole('checkbox', { name: 'zain-invoice-nov.pdf (51 KB)' }).isChecked()).toBe(true);
      expect(await offered.getByRole('checkbox', { name: 'terms.pdf (303 KB)' }).isChecked()).toBe(false);
      await snap(desktop, 'renewal-3-downloaded-receipt');
      // The renewal before this one was of the same amount, today: the dialog says so, and Confirm records.
      const warnings = async () => (await dialog.locator('.record-warning').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
      await expect.poll(warnings).toEqual(['A renewal of KWD 5.000 was already recorded today.']);
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await expect.poll(() => dialog.count()).toBe(0);

      const receipts = desktop.getByRole('region', { name: 'Receipts' });
      await expect.poll(() => receipts.innerText()).toContain('zain-invoice-nov.pdf');
      expect(await receipts.innerText()).not.toContain('terms.pdf');
      expect(await desktop.evaluate('window.keptDownloads')).toEqual([INVOICE.id]);
      const number = (await apiCall(server.url, 'numbers.list', { search: '+965 6000 1234' })).items[0]!;
      const events = await apiCall(server.url, 'events.list', { numberId: number.id });
      expect(events.items[0]).toMatchObject({ kind: 'renewal', source: 'renewal_window' });
    } finally {
      await desktop.context().close();
    }
  });
});
