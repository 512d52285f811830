// The banner at the top of every page: it follows what the user changes at once (no reload), and lists the
// most urgent reminders first, saying how many more wait.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { startServer, type TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NOW = '2026-11-25T10:00:00Z';

describe('the banner after a change made elsewhere in the window', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

  it('drops a number renewed on the dashboard or on its page, or archived, at once', async () => {
    // Due in 5, 2 and 1 days: a reminder of each waits for the user. A renewal moves each a month on.
    const monthly = { count: 1, unit: 'months' } as const;
    await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 5678', label: 'Tokyo travel SIM', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-30', billingPeriod: monthly });
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 1234', label: 'Kuwait eSIM', timeZone: 'Asia/Kuwait', expiryDate: '2026-11-27', billingPeriod: monthly });
    await apiCall(server.url, 'numbers.create', { phone: '+49 1512 3456789', label: 'Berlin prepaid', timeZone: 'Europe/Berlin', expiryDate: '2026-11-26', billingPeriod: monthly });
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await expect.poll(() => banner.textContent()).toContain('3 reminders need your attention');
    expect(await banner.textContent()).toContain('Tokyo travel SIM');

    // The dashboard's one-click renewal.
    await page.getByRole('button', { name: 'Record renewal for +81 90 1234 5678' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => banner.textContent(), { timeout: 5000 }).toContain('2 reminders need your attention');
    expect(await banner.textContent()).not.toContain('Tokyo travel SIM');

    // A renewal on the number's own page.
    const { list, detail } = appPages(page);
    await list.show();
    await list.open('Kuwait eSIM');
    await detail.recordRenewal();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => banner.textContent(), { timeout: 5000 }).toContain('1 reminder needs your attention');
    expect(await banner.textContent()).not.toContain('Kuwait eSIM');
    await snap(page, 'reminder-banner-after-renewal');

    // Archived, a number's reminders wait no more.
    await list.show();
    await list.open('Berlin prepaid');
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect.poll(() => banner.count(), { timeout: 5000 }).toBe(0);
  });
});

describe('the banner with more reminders than it lists', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

  it('lists the nearest deadlines first and links to the rest', async () => {
    // Added soonest first, so the newest shown are the least urgent.
    const numbers = [
      { phone: '+965 6000 1001', label: 'Kuwait in 2 days', timeZone: 'Asia/Kuwait', expiryDate: '2026-11-27' },
      { phone: '+34 612 34 56 78', label: 'Madrid in 6 days', timeZone: 'Europe/Madrid', expiryDate: '2026-12-01' },
      { phone: '+44 7400 123456', label: 'London in 15 days', timeZone: 'Europe/London', expiryDate: '2026-12-10' },
      { phone: '+49 1512 3456789', label: 'Berlin in 23 days', timeZone: 'Europe/Berlin', expiryDate: '2026-12-18' },
      { phone: '+33 6 12 34 56 78', label: 'Paris in 25 days', timeZone: 'Europe/Paris', expiryDate: '2026-12-20' },
    ];
    for (const number of numbers) await apiCall(server.url, 'numbers.create', number);
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await expect.poll(() => banner.textContent()).toContain('5 reminders need your attention');
    const listed = banner.getByRole('listitem');
    expect(await listed.allTextContents()).toEqual([
      expect.stringContaining('Kuwait in 2 days'),
      expect.stringContaining('Madrid in 6 days'),
      expect.stringContaining('London in 15 days'),
      'and 2 more',
    ]);
    await snap(page, 'reminder-banner-most-urgent');
    await banner.getByRole('button', { name: 'and 2 more' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Reminders inbox' }).count()).toBe(1);
  });
});

describe('the banner folded to one line', () => {
  // On the real clock: a reminder planned after the banner's first scan shows only once time has moved on.
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await openPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A calendar date `days` from today (UTC), as the carrier states expiry dates. */
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('folds from the keyboard, stays folded across pages and reloads, and unfolds when a new reminder is shown', async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 5678', label: 'Tokyo travel SIM', timeZone: 'Asia/Tokyo', expiryDate: inDays(5) });
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 1234', label: 'Kuwait eSIM', timeZone: 'Asia/Kuwait', expiryDate: inDays(3) });
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await expect.poll(() => banner.textContent()).toContain('2 reminders need your attention');
    const tall = (await banner.boundingBox())?.height ?? 0;

    // Tab to the fold button and press it: one line with the count and the way to the inbox; focus stays on it.
    const fold = banner.getByRole('button', { name: 'Collapse' });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await fold.focus();
    await page.keyboard.press('Enter');
    const unfold = banner.getByRole('button', { name: 'Expand' });
    await expect.poll(() => unfold.getAttribute('aria-expanded')).toBe('false');
    expect(await unfold.evaluate((element) => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element)).toBe(true);
    expect(await banner.getByRole('listitem').count()).toBe(0);
    expect(await banner.innerText()).toContain('2 reminders need your attention');
    expect(await banner.getByRole('button', { name: 'Open the inbox' }).count()).toBe(1);
    const short = (await banner.boundingBox())?.height ?? 0;
    expect(short).toBeLessThan(60);
    expect(short).toBeLessThan(tall / 2);
    await snap(page, 'reminder-banner-folded');

    // Another page, a reload, a reminder dismissed: still folded.
    await appPages(page).list.show();
    expect(await unfold.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await expect.poll(() => banner.textContent()).toContain('2 reminders need your attention');
    expect(await banner.getByRole('button', { name: 'Expand' }).getAttribute('aria-expanded')).toBe('false');
    const waiting = await apiCall(server.url, 'reminders.waiting', { limit: 1 });
    await apiCall(server.url, 'reminders.dismiss', { id: waiting.items[0]!.id });
    await page.reload();
    await expect.poll(() => banner.textContent()).toContain('1 reminder needs your attention');
    expect(await banner.getByRole('button', { name: 'Expand' }).getAttribute('aria-expanded')).toBe('false');

    // A new number due soon: its reminder is shown at the next scan, and the banner opens to list it.
    await apiCall(server.url, 'numbers.create', { phone: '+49 1512 3456789', label: 'Berlin prepaid', timeZone: 'Europe/Berlin', expiryDate: inDays(2) });
    await page.waitForTimeout(50);
    await page.reload();
    await expect.poll(() => banner.textContent()).toContain('2 reminders need your attention');
    await expect.poll(() => banner.getByRole('button', { name: 'Collapse' }).getAttribute('aria-expanded')).toBe('true');
    expect(await banner.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Berlin prepaid'), expect.stringContaining('Tokyo travel SIM')]);
  });

  it('says it in Chinese', async () => {
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    const banner = page.getByRole('status', { name: '提醒' });
    await banner.getByRole('button', { name: '收起' }).click();
    await expect.poll(() => banner.getByRole('button', { name: '展开' }).getAttribute('aria-expanded')).toBe('false');
    expect(await banner.innerText()).toContain('2 条提醒需要处理');
    await snap(page, 'reminder-banner-folded-zh');
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
  });
});
