// From a due number: open the carrier's renewal page (a new tab, cut off from Keepline), record the
// renewal in one step with the prefilled values, keep a receipt, and see expiry, status and history.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NOW = '2026-11-25T10:00:00Z';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('renewal flow', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

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
});
