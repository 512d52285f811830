// 2,000 numbers: the list opens on its first page, then scrolls and keys deep into the list, loading the
// pages it shows; "select all" reaches every matching number, loaded or not, for a bulk action and the CSV.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { startServer, type TestServer } from './support/server.ts';

const COUNT = 2_000;
const label = (n: number) => `Line ${String(n).padStart(4, '0')}`;

/** UK mobiles, ten deadlines a day from 1 Jan 2027: deadline order is Line 0000 to Line 1999. */
function spreadsheet(): string {
  const rows = Array.from({ length: COUNT }, (_, n) => {
    const expiry = new Date(Date.UTC(2027, 0, 1 + Math.floor(n / 10))).toISOString().slice(0, 10);
    return `+44 7400 ${String(100_000 + n)},${label(n)},${expiry},Europe/London`;
  });
  return ['Phone,Label,Expiry,Time zone', ...rows].join('\n');
}

describe('a list of 2,000 numbers', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ now: '2026-11-25T10:00:00Z' });
    const imported = await apiCall(server.url, 'import.sheetCommit', { fileName: 'numbers.csv', content: spreadsheet(), encoding: 'text' });
    expect(imported.created).toBe(COUNT);
    browser = await launchBrowser();
    page = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const labels = async () => appPages(page).list.rows.locator('[role="gridcell"]:nth-child(5)').allTextContents();
  const focusedRow = () => page.evaluate<string>("document.activeElement ? document.activeElement.innerText : ''");
  const scrollGridTo = (top: number) => page.evaluate(`document.querySelector('.grid-scroll').scrollTo({ top: ${top} })`);

  it('counts every number, and scrolls and keys to any of them', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(async () => (await labels())[0]).toBe('Line 0000');
    expect(await page.locator('.page-heading .count').textContent()).toBe('2,000 numbers');

    // Far beyond the first page: its rows come as the grid shows them.
    await scrollGridTo(1_500 * 52);
    await expect.poll(labels).toContain('Line 1500');
    await snap(page, 'list-paging-deep');

    await scrollGridTo(0);
    await expect.poll(labels).toContain('Line 0000');
    await list.rows.first().focus();
    await page.keyboard.press('End');
    await expect.poll(focusedRow).toContain('Line 1999');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedRow).toContain('Line 1998');
    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toContain('Line 0000');

    // Sorted by label, reversed: the last number comes first.
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await page.getByRole('button', { name: 'Label', exact: true }).click();
    await expect.poll(async () => (await labels())[0]).toBe('Line 1999');
    await page.getByRole('button', { name: 'Next deadline', exact: true }).click();
    await expect.poll(async () => (await labels())[0]).toBe('Line 0000');
  });

  it('selects every matching number with "select all", loaded or not, for a bulk tag and the CSV', async () => {
    const { list } = appPages(page);
    await list.search('Line 1');
    await expect.poll(() => page.locator('.page-heading .count').textContent()).toBe('1,000 numbers');
    expect(await list.rows.count()).toBeLessThan(100);

    await page.getByRole('checkbox', { name: 'Select all 1,000 shown' }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect.poll(() => bar.innerText()).toContain('1,000 selected');

    const download = page.waitForEvent('download');
    await bar.getByRole('button', { name: 'Export CSV' }).click();
    const csv = fs.readFileSync((await (await download).path()) as string, 'utf8').split('\r\n');
    expect(csv).toHaveLength(1 + 1_000 + 1);
    expect(csv[1]).toContain('Line 1000');
    expect(csv[1_000]).toContain('Line 1999');

    await bar.getByLabel('Tag name').fill('audit');
    await bar.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Tag “audit” added to 1,000 numbers.');
    const tagged = await apiCall(server.url, 'numbers.list', { tag: 'audit', limit: 1 });
    expect(tagged.total).toBe(1_000);
    expect(tagged.items[0]?.label).toBe('Line 1000');

    // A narrower filter keeps only the selected numbers it still shows.
    await list.search('Line 19');
    await expect.poll(() => bar.innerText()).toContain('100 selected');
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await list.search('');
    await expect.poll(() => page.locator('.page-heading .count').textContent()).toBe('2,000 numbers');
  });

  it('draws ten deadlines a day on the start page as six marks and an upright "+4" that never overlaps the next day’s', async () => {
    await page.goto(server.url);
    const counts = page.locator('.timeline-svg .overflow-count');
    // From 1 Jan 2027 (day 37) to the end of the 90-day timeline.
    await expect.poll(() => counts.count()).toBe(54);
    expect(new Set(await counts.allTextContents())).toEqual(new Set(['+4']));
    type Box = { x: number; width: number };
    const boxes = (
      await counts.evaluateAll((nodes) =>
        nodes.map((node) => {
          const { x, width } = (node as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
          return { x, width };
        }),
      )
    ).sort((a, b) => a.x - b.x);
    for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]!.x).toBeGreaterThanOrEqual(boxes[index - 1]!.x + boxes[index - 1]!.width);
  });
});
