// The banner at the top of every page: it follows what the user changes at once (no reload), and lists the
// most urgent reminders first, saying how many more wait.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
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
