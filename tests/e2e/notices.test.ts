// A notice says how it went: a refusal looks like an error and is announced at once, a success shows its check.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('notices', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 5678', label: 'Tokyo', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-30' });
  });

  it('shows a refused snooze as an error alert, and a saved setting as a confirmation', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the inbox' }).click();
    const inbox = page.getByRole('list', { name: 'Reminders inbox' });
    await expect.poll(() => inbox.locator('li').count()).toBe(1);
    await inbox.getByLabel('Snooze until this date and time').fill('2026-11-20T09:00');
    await inbox.getByRole('button', { name: 'Snooze until', exact: true }).click();

    const alert = page.locator('.notice-area').getByRole('alert');
    await expect.poll(() => alert.innerText()).toBe('Snooze until must be in the future');
    expect(await alert.locator('.notice-error').count()).toBe(1);
    expect(await alert.locator('svg.lucide-circle-check').count()).toBe(0);
    expect(await page.locator('.notice-area').getByRole('status').innerText()).toBe('');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#settings-reminders-title').locator('..').getByRole('button', { name: 'Save' }).click();
    const status = page.locator('.notice-area').getByRole('status');
    await expect.poll(() => status.innerText()).toBe('Settings saved.');
    expect(await status.locator('svg.lucide-circle-check').count()).toBe(1);
    expect(await status.locator('.notice-error').count()).toBe(0);
    expect(await alert.count()).toBe(0);
  });
});
