// The numbers list with realistic data: filters, search in any format, sorting, keyboard, bulk actions.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { SEED_NOW, seedNumbers } from './support/seed.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('numbers list', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: SEED_NOW }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await seedNumbers(server.url);
  });

  const labels = async () => (await appPages(page).list.rows.locator('[role="gridcell"]:nth-child(5)').allTextContents());

  it('filters by country, carrier, kind, owner and tag, and finds a number typed in another format', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(12);
    // Deadline order by default: lost, then in grace, then soonest.
    expect((await labels()).slice(0, 4)).toEqual(['Old Paris SIM', 'Madrid prepaid', 'Kuwait eSIM', 'Sydney SIM']);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'list-en-light');

    await page.getByLabel('Country').selectOption('GB');
    await expect.poll(labels).toEqual(['UK bank 2FA', 'Spare UK SIM']);
    await page.getByLabel('Owner').selectOption('Ben');
    await page.getByLabel('Tag').selectOption('bank');
    await expect.poll(labels).toEqual(['UK bank 2FA']);
    await page.getByLabel('Country').selectOption('');
    await page.getByLabel('Owner').selectOption('');
    await page.getByLabel('Tag').selectOption('');
    await page.getByLabel('Kind').selectOption('virtual');
    await expect.poll(labels).toEqual(['US voice number']);
    await page.getByLabel('Kind').selectOption('');
    await page.getByLabel('Carrier').selectOption('Zain');
    await expect.poll(labels).toEqual(['Kuwait eSIM']);
    await page.getByLabel('Carrier').selectOption('');

    // The UK number as dialled at home, and with the country code but no plus or spaces.
    await list.search('07400 123456');
    await expect.poll(labels).toEqual(['UK bank 2FA']);
    await list.search('447400123456');
    await expect.poll(labels).toEqual(['UK bank 2FA']);
    await list.search('Wang Wei');
    await expect.poll(labels).toEqual(['Shanghai backup', 'Hong Kong data']);
    await list.search('');
    await expect.poll(() => list.rows.count()).toBe(12);
  });

  it('sorts by any column, both ways', async () => {
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await expect.poll(async () => (await labels())[0]).toBe('Berlin prepaid');
    expect(await page.getByRole('columnheader', { name: 'Label' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await expect.poll(async () => (await labels())[0]).toBe('US voice number');
    await page.getByRole('button', { name: 'Next deadline', exact: true }).click();
    await expect.poll(async () => (await labels())[0]).toBe('Old Paris SIM');
  });

  it('moves with the arrow keys, records a renewal with R, lists shortcuts with ?', async () => {
    const { list } = appPages(page);
    await list.rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.innerText')).toContain('Kuwait eSIM');
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.dialog-subtitle').textContent()).toBe('+965 6000 1234 · Kuwait eSIM');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.keyboard.press('?');
    await expect.poll(() => dialog.locator('#dialog-title').textContent()).toBe('Keyboard shortcuts');
    expect(await dialog.innerText()).toContain('Record a renewal for the selected number');
    await snap(page, 'list-shortcuts');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await list.rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+34 612 34 56 78');
    await page.keyboard.press('r');
    await expect.poll(() => dialog.locator('#dialog-title').textContent()).toBe('Record renewal');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.goBack();
  });

  it('tags, exports and records activity for a selection', async () => {
    const { list } = appPages(page);
    await expect.poll(() => list.rows.count()).toBe(12);
    await page.getByRole('checkbox', { name: 'Select +81 90 1234 5678' }).check();
    await page.getByRole('checkbox', { name: 'Select +852 5123 4567' }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    expect(await bar.innerText()).toContain('2 selected');
    await bar.getByLabel('Tag name').fill('roaming');
    await bar.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Tag “roaming” added to 2 numbers.');
    await snap(page, 'list-bulk-tagged');

    const download = page.waitForEvent('download');
    await bar.getByRole('button', { name: 'Export CSV' }).click();
    const csv = fs.readFileSync((await (await download).path()) as string, 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFStatus,Country,Number,Label,Owner,Carrier,Kind,Next deadline,Cost',
      'Due soon,JP,+81 90 1234 5678,Tokyo travel SIM,Aiko,NTT Docomo,Physical SIM,2026-12-01,"¥3,000"',
      'OK,HK,+852 5123 4567,Hong Kong data,Wang Wei,CSL,Physical SIM,2027-05-01,HK$98.00',
    ]);

    await bar.getByLabel('Type of activity').selectOption('sms');
    await bar.getByRole('button', { name: 'Record activity' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Activity recorded for 2 numbers.');

    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByLabel('Tag', { exact: true }).selectOption('roaming');
    await expect.poll(labels).toEqual(['Tokyo travel SIM', 'Hong Kong data']);
    await page.getByLabel('Tag', { exact: true }).selectOption('');
  });

  it('archives a selection at once, and Undo on its notice brings back those numbers', async () => {
    const { list } = appPages(page);
    await expect.poll(() => list.rows.count()).toBe(12);
    for (const phone of ['+81 90 1234 5678', '+852 5123 4567', '+65 8123 4567']) await page.getByRole('checkbox', { name: `Select ${phone}` }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByRole('button', { name: 'Archive' }).click();
    const notice = page.locator('.notice');
    await expect.poll(() => notice.innerText()).toContain('3 numbers archived.');
    await expect.poll(() => list.rows.count()).toBe(9);
    await snap(page, 'list-bulk-archived-undo');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notice.innerText()).toContain('Archive undone: 3 numbers back in the list.');
    await expect.poll(() => list.rows.count()).toBe(12);
    await expect.poll(labels).toContain('Singapore office');
  });
});
