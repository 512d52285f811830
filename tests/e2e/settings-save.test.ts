// Settings saved from the page reach the core, and a refused value is explained beside its field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('settings page', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('saves reminder timing, and refuses keeping zero backups beside the field', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const reminders = page.locator('#settings-reminders-title').locator('..');
    await reminders.getByRole('textbox').fill('14, 3, 0');
    await reminders.getByRole('spinbutton').fill('10');
    await reminders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await apiCall(server.url, 'settings.get', {})).settings.scanIntervalMinutes).toBe(10);
    expect((await apiCall(server.url, 'settings.get', {})).settings.leadTimesDays).toEqual([14, 3, 0]);

    const backups = page.locator('#settings-backups-title').locator('..');
    await backups.getByRole('spinbutton').fill('0');
    await backups.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => backups.innerText()).toMatch(/at least 1/i);
    expect((await apiCall(server.url, 'settings.get', {})).settings.backupsToKeep).toBe(14);
  });
});
