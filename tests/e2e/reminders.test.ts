// A due number's reminder reaches the user in the browser, where no OS notifications exist: the banner
// runs the due-scan, the inbox lists what fired, and the number's Reminders card shows every reminder.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('reminders in the window', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 5678', label: 'Tokyo <b>data</b>', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-30' });
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 1234', label: 'Kuwait later', timeZone: 'Asia/Kuwait', expiryDate: '2027-06-30' });
  });

  it('shows the due reminder in the banner and the inbox, and dismissing it clears the banner', async () => {
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await expect.poll(() => banner.textContent()).toContain('1 reminder needs your attention');
    expect(await banner.textContent()).toContain('Tokyo <b>data</b> · +81 90 1234 5678');
    expect(await banner.textContent()).toContain('Renew by Nov 30, 2026 (end of day, Tokyo time): 7 days left.');
    expect(await page.locator('b:text("data")').count()).toBe(0);
    await snap(page, 'reminders-banner');
    // Its texts follow the language at once, not at the next refresh a minute later.
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => page.locator('.reminder-banner').textContent(), { timeout: 5000 }).toMatch(/东京时间|截止|续费/);
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
    await expect.poll(() => banner.textContent()).toContain('Renew by Nov 30, 2026');

    await page.getByRole('button', { name: 'Open the inbox' }).click();
    const inbox = page.getByRole('list', { name: 'Reminders inbox' });
    await expect.poll(() => inbox.locator('li').count()).toBe(1);
    expect(await inbox.textContent()).toContain('Shown');
    await snap(page, 'reminders-inbox');

    await inbox.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => inbox.textContent()).toContain('Dismissed');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Reminders inbox' }).count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Reminders' }).count()).toBe(0);
  });

  it('lists a number\'s planned reminders with their state on its page', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the inbox' }).or(page.getByRole('button', { name: 'Reminders', exact: true })).first().click();
    await page.getByRole('button', { name: 'Open number' }).click();
    const card = page.getByRole('region', { name: 'Reminders' });
    await expect.poll(() => card.locator('li').count()).toBe(3); // 7 days (dismissed), 1 day, on the day
    expect(await card.textContent()).toContain('Planned');
    await snap(page, 'reminders-card');

    // Snooze the next planned one until a chosen time: it shows as snoozed until then.
    const planned = card.locator('li').nth(1);
    await planned.getByLabel('Snooze until this date and time').fill('2026-11-27T18:30');
    await planned.getByRole('button', { name: 'Snooze until' }).click();
    await expect.poll(() => planned.textContent()).toContain('Snoozed');
    expect(await planned.textContent()).toContain('Nov 27, 2026');
  });
});
