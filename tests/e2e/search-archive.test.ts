// The list finds a number typed in another format, hides archived numbers until asked, and has shortcuts.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('search and archive', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let fresh: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, browser, page } = session));

  beforeAll(async () => {
    await apiCall(server.url, 'numbers.create', {
      phone: '+81 90 1234 5678', label: 'Tokyo SIM', owner: 'Aiko', carrier: 'NTT Docomo', timeZone: 'Asia/Tokyo',
      expiryDate: '2026-12-01', planCost: { amountMinor: 3000, currency: 'JPY' },
    });
    await apiCall(server.url, 'numbers.create', {
      phone: '+965 5012 3456', label: 'Kuwait eSIM', kind: 'esim', carrier: 'Zain', timeZone: 'Asia/Kuwait',
      expiryDate: '2027-03-01', planCost: { amountMinor: 5500, currency: 'KWD' },
    });
    const paris = await apiCall(server.url, 'numbers.create', {
      phone: '+33 6 12 34 56 78', label: 'Old Paris SIM', carrier: 'Orange', timeZone: 'Europe/Paris', expiryDate: '2026-11-20',
    });
    await apiCall(server.url, 'numbers.setArchived', { id: paris.id, archived: true });
    fresh = await openPage(browser);
  });

  it('finds numbers in any format and shows archived ones only on request', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(2);
    expect(await list.rows.first().innerText()).toContain('+81 90 1234 5678');

    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('numbers-search');

    // National Japanese format, with the trunk 0 and dashes.
    await page.keyboard.type('090-1234-5678');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('Tokyo SIM')]);
    await snap(page, 'search-1-national-format');

    // Kuwaiti number as written locally, spaced differently from how it was entered.
    await list.search('501 23456');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('Kuwait eSIM')]);

    await list.search('Paris');
    await expect.poll(() => page.getByText('No numbers match these filters.').isVisible()).toBe(true);
    await list.showArchived(true);
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('Old Paris SIM')]);
    expect(await list.rows.first().innerText()).toContain('Archived');
    // The tag sits under the number, clear of the label beside it.
    const tag = await list.rows.first().locator('.number-cell .tag').boundingBox();
    const label = await list.rows.first().locator('[role="gridcell"][title="Old Paris SIM"]').boundingBox();
    expect(tag!.x + tag!.width).toBeLessThanOrEqual(label!.x);
    await snap(page, 'search-2-archived-shown');

    await list.search('');
    await expect.poll(() => list.rows.count()).toBe(3);
    await list.showArchived(false);
    await expect.poll(() => list.rows.count()).toBe(2);
    await snap(page, 'search-3-list');

    await page.setViewportSize({ width: 900, height: 700 });
    await snap(page, 'search-4-narrow-900');
  });

  it('opens the form with N, refuses a future date, closes a dialog with Esc, and deletes', async () => {
    const page = fresh;
    const { list, detail, form } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(2);
    await page.keyboard.press('n');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Add a number');
    await page.goBack();
    await list.open('Tokyo SIM');
    await detail.recordRenewal();
    await expect.poll(() => detail.dialog.count()).toBe(1);
    await detail.dialog.locator('#f-occurredOn').fill('2026-12-24');
    await expect.poll(() => form.errorBeside('occurredOn')).toEqual({
      invalid: true,
      text: 'Date cannot be in the future (today is Nov 25, 2026 in Tokyo)',
    });
    await snap(page, 'search-5-future-date');
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.dialog.count()).toBe(0);

    // A confirmation opens on its safe choice, not on ×: Enter there keeps the number.
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.evaluate<string>("document.activeElement ? document.activeElement.textContent ?? '' : ''")).toBe('Keep it');
    await detail.dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('Kuwait eSIM')]);
  });
});
