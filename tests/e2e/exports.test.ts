// Exports from the page a user is on: the file holds what the page shows for its current filters.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { SEED_NOW, seedNumbers } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/** Clicks a button that starts a download and answers the file's name and text. */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
}

function csvRecords(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('exports of the current filter', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ now: SEED_NOW });
    const ids = await seedNumbers(server.url);
    const record = (label: string, input: Record<string, unknown>) => apiCall(server.url, 'events.record', { numberId: ids.get(label)!, ...input } as never);
    await record('Tokyo travel SIM', { kind: 'renewal', occurredOn: '2026-10-01', amount: { amountMinor: 3000, currency: 'JPY' } });
    await record('Berlin prepaid', { kind: 'topup', occurredOn: '2026-10-05', amount: { amountMinor: 995, currency: 'EUR' }, note: 'at the kiosk, "cash"' });
    await record('Kuwait eSIM', { kind: 'renewal', occurredOn: '2026-10-07', amount: { amountMinor: 5500, currency: 'KWD' } });
    await record('UK bank 2FA', { kind: 'topup', occurredOn: '2026-10-09', amount: { amountMinor: 1000, currency: 'GBP' } });
    await record('Sydney SIM', { kind: 'activity', occurredOn: '2026-11-01', activityType: 'call' });
    browser = await launchBrowser();
    page = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the numbers list exports only the numbers its filters show, in its order, as CSV and as JSON', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(12);
    await page.getByLabel('Owner').selectOption('Ben');
    await page.getByLabel('Tag').selectOption('work');
    const labels = () => list.rows.locator('[role="gridcell"]:nth-child(5)').allTextContents();
    await expect.poll(async () => (await labels()).sort()).toEqual(['Singapore office', 'UK bank 2FA', 'US voice number']);
    const shown = await labels();
    await snap(page, 'list-export-filtered');

    // Named as filtered: never mistaken for the whole list.
    const csv = await downloaded(page, page.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toBe('keepline-numbers-filtered-2026-11-25.csv');
    const rows = csvRecords(csv.text);
    expect(rows.map((row) => row.label)).toEqual(shown);
    expect(rows.every((row) => row.owner === 'Ben' && (row.tags ?? '').split(', ').includes('work'))).toBe(true);

    // Sorted by label, descending: the file follows.
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await expect.poll(labels).toEqual(['US voice number', 'UK bank 2FA', 'Singapore office']);
    const sorted = csvRecords((await downloaded(page, page.getByRole('button', { name: 'Export CSV' }))).text);
    expect(sorted.map((row) => row.label)).toEqual(['US voice number', 'UK bank 2FA', 'Singapore office']);

    // Not named like "Everything (JSON)" (keepline-<day>.json), which holds every number.
    const json = await downloaded(page, page.getByRole('button', { name: 'Export JSON' }));
    expect(json.name).toBe('keepline-numbers-filtered-2026-11-25.json');
    const data = JSON.parse(json.text) as { format: string; numbers: { number: { label: string } }[] };
    expect(data.format).toBe('keepline');
    expect(data.numbers.map((entry) => entry.number.label).sort()).toEqual(['Singapore office', 'UK bank 2FA', 'US voice number']);

    // With no filter left, the list's files say so too.
    await page.getByLabel('Owner').selectOption('');
    await page.getByLabel('Tag').selectOption('');
    await expect.poll(() => list.rows.count()).toBe(12);
    expect((await downloaded(page, page.getByRole('button', { name: 'Export CSV' }))).name).toBe('keepline-numbers-2026-11-25.csv');
    expect((await downloaded(page, page.getByRole('button', { name: 'Export JSON' }))).name).toBe('keepline-numbers-2026-11-25.json');
  });

  it('the history page exports only the events its filters show, as CSV and as JSON', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'History', exact: true }).click();
    const rows = page.locator('.history-table tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByLabel('Owner').selectOption('Aiko');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Kind of event').selectOption('renewal');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Kind of event').selectOption('');
    await expect.poll(() => rows.count()).toBe(3);

    const csv = await downloaded(page, page.getByRole('button', { name: 'Export as CSV' }));
    expect(csv.name).toBe('keepline-history-2026-11-25.csv');
    // Oldest first; every cell as recorded.
    expect(csvRecords(csv.text).map((row) => [row.label, row.event, row.date, row.amount, row.currency, row.note])).toEqual([
      ['Tokyo travel SIM', 'renewal', '2026-10-01', '3000', 'JPY', ''],
      ['Berlin prepaid', 'topup', '2026-10-05', '9.95', 'EUR', 'at the kiosk, "cash"'],
      ['Sydney SIM', 'activity', '2026-11-01', '', '', ''],
    ]);

    const json = await downloaded(page, page.getByRole('button', { name: 'Export as JSON' }));
    expect(json.name).toBe('keepline-history-2026-11-25.json');
    const data = JSON.parse(json.text) as { format: string; version: number; events: { label: string; owner: string; kind: string }[] };
    expect(data).toMatchObject({ format: 'keepline-history', version: 1 });
    expect(data.events.map((event) => [event.label, event.owner, event.kind])).toEqual([
      ['Tokyo travel SIM', 'Aiko', 'renewal'],
      ['Berlin prepaid', 'Aiko', 'topup'],
      ['Sydney SIM', 'Aiko', 'activity'],
    ]);
  });

  it('says beside the dates when To is before From, instead of "0 events", and lists again once they are put right', async () => {
    const rows = page.locator('.history-table tbody tr');
    await page.getByLabel('Owner').selectOption('');
    await expect.poll(() => rows.count()).toBe(5);
    const to = page.getByLabel('To', { exact: true });
    await page.getByLabel('From', { exact: true }).fill('2026-11-01');
    await to.fill('2026-10-01');
    const beside = page.locator('#filter-to-error');
    await expect.poll(() => beside.innerText()).toBe('To is before the From date (Nov 1, 2026): the dates are reversed');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await to.getAttribute('aria-describedby')).toBe('filter-to-error');
    expect(await page.locator('.history-page').innerText()).not.toContain('0 events');
    await snap(page, 'history-reversed-dates');

    await to.fill('2026-11-30');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await beside.count()).toBe(0);
    expect(await to.getAttribute('aria-invalid')).toBeNull();

    // The spending page shares the filters: no totals of other dates while they are reversed.
    await page.getByRole('navigation').getByRole('button', { name: 'Spending', exact: true }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-11-01');
    await page.getByLabel('To', { exact: true }).fill('2026-10-01');
    await expect.poll(() => page.locator('#filter-to-error').innerText()).toBe('To is before the From date (Nov 1, 2026): the dates are reversed');
    expect(await page.getByRole('heading', { name: 'Total spent' }).count()).toBe(0);
    await page.getByLabel('To', { exact: true }).fill('2026-12-31');
    await expect.poll(() => page.getByRole('heading', { name: 'Total spent' }).count()).toBe(1);
    expect(await page.locator('#filter-to-error').count()).toBe(0);
  });
});
