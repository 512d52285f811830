// Issue 7 in the browser: a messy spreadsheet in, a JSON export out and into a fresh Keepline, spending per
// currency, history, a secret revealed on request.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { startServer, type TestServer } from './support/server.ts';

const NOW = '2026-11-25T10:00:00Z';

// Semicolons, a BOM, a Chinese header, d/m/y dates, a row that is not a number.
const MESSY = '\uFEFFMobile;Who;到期日;费用;币种\n+965 6000 1234;Ann;25/12/2026;5.500;KWD\nnot a phone;Bob;01/01/2027;;\n+44 7400 123456;Cy;03/04/2027;£10;\n';

/** Texts with Intl's no-break spaces ("MYR\u00a030") as plain ones. */
const spaced = (texts: string[]) => texts.map((text) => text.replace(/\s/g, ' '));

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

describe('import, export, spending, history and secrets', () => {
  let server: TestServer;
  let fresh: TestServer;
  let browser: Browser;
  let page: Page;
  let exported = '';

  beforeAll(async () => {
    [server, fresh] = await Promise.all([startServer({ now: NOW }), startServer({ now: NOW })]);
    browser = await launchBrowser();
    page = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fresh?.stop();
  });

  it('imports a messy CSV: maps a column, shows the invalid row, skips it, lists the rest', async () => {
    await page.goto(server.url);
    await page.locator('.empty-state').getByRole('button', { name: 'Import a spreadsheet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Import and export');
    await page.locator('#import-file').setInputFiles({ name: 'my numbers.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY, 'utf8') });

    const counts = page.locator('.import-counts');
    // The first preview reads the file on a server that has only just started: wait for it, then read it.
    await counts.waitFor();
    await expect.poll(() => counts.textContent()).toBe('2 to add · 0 to update · 0 to skip · 1 invalid');
    // The file input is empty again (so the same file can be chosen again): the preview names the file it shows.
    expect(await page.locator('.import-preview .import-file').textContent()).toBe('File: my numbers.csv');
    // "Who" was read as the owner; here it is the line's label.
    const who = page.getByRole('combobox', { name: 'Keepline field: Who' });
    expect(await who.inputValue()).toBe('owner');
    await who.selectOption('label');
    await expect.poll(() => page.locator('.preview-table tr[data-line="2"]').textContent()).toContain('Ann');
    const invalid = page.locator('.preview-table tr[data-line="3"]');
    expect(await invalid.textContent()).toContain('Invalid');
    expect(await invalid.textContent()).toContain('Mobile: Phone number contains letters: "not a phone"');
    await snap(page, 'import-1-preview');
    // The invalid row, to fix in a spreadsheet: the file's columns as they were, its line and the problem.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the invalid row (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('my numbers-invalid-rows.csv');
    const lines = fs.readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFMobile,Who,到期日,费用,币种,Line in the file,Problems');
    expect(lines[1]).toMatch(/,3,"Mobile: Phone number contains letters: ""not a phone"""$/);
    expect(lines.filter(Boolean)).toHaveLength(2);

    const importButton = page.getByRole('button', { name: 'Import 2 numbers' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Skip the invalid rows' }).check();
    await importButton.click();
    await expect.poll(() => page.locator('.import-done').textContent()).toContain('2 added, 0 updated, 0 skipped, 1 invalid left out');
    await snap(page, 'import-2-done');

    const { list } = appPages(page);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(2);
    expect(await list.row('Ann').textContent()).toContain('+965');
  });

  it('exports JSON (the file downloads) and a fresh Keepline imports it back', async () => {
    await nav(page, 'Import & export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Everything (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('keepline-2026-11-25.json');
    exported = fs.readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(exported) as { format: string; numbers: { number: { phone: string; label: string } }[] };
    expect(data.format).toBe('keepline');
    expect(data.numbers.map((entry) => [entry.number.phone, entry.number.label])).toEqual([['+96560001234', 'Ann'], ['+447400123456', 'Cy']]);

    // Secrets only after a tick and a confirmation that warns.
    await page.getByRole('checkbox', { name: /Include secrets/ }).check();
    await page.getByRole('button', { name: 'Everything (JSON)' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('Anyone who gets the file can use them');
    await snap(page, 'export-secrets-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const other = await openPage(browser);
    await other.goto(fresh.url);
    await nav(other, 'Import & export');
    await other.locator('#import-file').setInputFiles({ name: 'keepline.json', mimeType: 'application/json', buffer: Buffer.from(exported, 'utf8') });
    await other.getByRole('button', { name: 'Import this file' }).click();
    await expect.poll(() => other.locator('.import-done').textContent()).toContain('Imported 2 numbers');
    const items = (await apiCall(fresh.url, 'numbers.list', {})).items;
    expect(items.map((item) => [item.e164, item.label, item.expiryDate]).sort()).toEqual([['+447400123456', 'Cy', '2027-04-03'], ['+96560001234', 'Ann', '2026-12-25']]);
    await other.close();
  });

  it('shows spending per currency, never summed, with charts and a table', async () => {
    const items = (await apiCall(server.url, 'numbers.list', {})).items;
    const kw = items.find((item) => item.e164 === '+96560001234')!;
    const uk = items.find((item) => item.e164 === '+447400123456')!;
    await apiCall(server.url, 'events.record', { numberId: kw.id, kind: 'renewal', occurredOn: '2026-10-01', amount: { amountMinor: 5500, currency: 'KWD' } });
    await apiCall(server.url, 'events.record', { numberId: kw.id, kind: 'topup', occurredOn: '2026-11-01', amount: { amountMinor: 2000, currency: 'KWD' } });
    await apiCall(server.url, 'events.record', { numberId: uk.id, kind: 'topup', occurredOn: '2026-11-02', amount: { amountMinor: 1000, currency: 'GBP' } });
    await apiCall(server.url, 'events.record', { numberId: uk.id, kind: 'payment_failed', occurredOn: '2026-11-03', amount: { amountMinor: 999, currency: 'GBP' }, reason: 'declined' });

    await nav(page, 'Spending');
    const kwd = page.locator('.spend-total[data-currency="KWD"]').first();
    await expect.poll(() => kwd.textContent()).toContain('7.500');
    expect(await page.locator('.spend-total[data-currency="GBP"]').first().textContent()).toContain('£10.00');
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(2);
    // Months read as people write them, not as stored (2026-11).
    expect(await page.locator('.spend-table').first().textContent()).toContain('November 2026');
    await snap(page, 'spending');
    // The per-number breakdown is fetched when chosen.
    await page.locator('.group-select select').selectOption('byNumber');
    await expect.poll(() => page.locator('.spend-table').first().textContent()).toContain('+965 6000 1234');
    // With no exchange rates, KWD 7.500 and £10.00 are not ranked by minor units: each currency together, in
    // the totals' order, as the note under the table says.
    const lines = await page.locator('.spend-table').first().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(lines).toEqual(['GBP', 'KWD']);
    expect(await page.locator('.order-note').first().textContent()).toContain('each currency’s lines come together, in the order of the totals');
  });

  it('lists history across numbers and deletes an event, recomputing the dates', async () => {
    await nav(page, 'History');
    const rows = page.locator('.history-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    await snap(page, 'history');
    // Numbers read as every other page shows them, not as stored.
    expect(await page.locator('.history-table').textContent()).toContain('Cy · +44 7400 123456');
    expect(await page.locator('.history-table').textContent()).not.toContain('+447400123456');
    // One number among many is typed, not scrolled to: its digits offer it, choosing it filters.
    const picker = page.getByRole('combobox', { name: 'Number' });
    // Text that names no number says so, and shows no events (never every number's).
    await picker.fill('zzz');
    await expect.poll(() => page.locator('.number-picker .hint').textContent()).toBe('No number matches “zzz”.');
    await expect.poll(() => page.locator('.history-page').textContent()).toContain('No events match these filters.');
    expect(await rows.count()).toBe(0);
    // A number typed in any format the Numbers search accepts filters by it.
    for (const typed of ['+44 7400 123456', '07400 123456', '447400123456']) {
      await picker.fill(typed);
      await expect.poll(() => page.locator('.history-page').textContent()).toContain('2 events');
      expect(await rows.count()).toBe(2);
    }
    await picker.fill('7400');
    expect(await page.locator('.number-picker .hint').count()).toBe(0);
    const offered = await page.locator('.history-page datalist option').evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
    expect(offered).toEqual(['Cy · +44 7400 123456']);
    await picker.fill(offered[0]!);
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator('.history-page').textContent()).toContain('2 events');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    expect(await picker.inputValue()).toBe('');
    await page.getByRole('combobox', { name: 'Kind of event' }).selectOption('payment_failed');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.history-page').textContent()).toContain('No events match these filters.');
  });

  it('stores a secret and shows it only on reveal', async () => {
    const { list } = appPages(page);
    await list.show();
    await list.open('Ann');
    const card = page.getByRole('region', { name: 'Secrets' });
    await card.getByRole('combobox', { name: 'Kind' }).selectOption('puk');
    await card.getByLabel('Value').fill('12345678');
    await card.getByRole('button', { name: 'Save secret' }).click();
    const item = card.locator('.secret-item[data-kind="puk"]');
    await expect.poll(() => item.textContent()).toContain('••••••');
    expect(await item.textContent()).not.toContain('12345678');
    await item.getByRole('button', { name: 'Reveal PUK' }).click();
    await expect.poll(() => item.locator('.secret-value').textContent()).toBe('12345678');
    await snap(page, 'secrets-revealed');
  });

  it('asks before deleting a secret, naming it and the number, and keeps it on Cancel', async () => {
    const card = page.getByRole('region', { name: 'Secrets' });
    const item = card.locator('.secret-item[data-kind="puk"]');
    await item.getByRole('button', { name: 'Delete PUK' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the PUK?' });
    await expect.poll(() => dialog.textContent()).toContain('The PUK of +965');
    expect(await dialog.textContent()).toContain('cannot be undone');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await item.count()).toBe(1);

    await item.getByRole('button', { name: 'Delete PUK' }).click();
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await card.textContent()).toContain('No secrets saved.');
  });

  it('reads a CSV that Excel saved in GB18030 and says which encoding it used', async () => {
    const other = await openPage(browser);
    await other.goto(fresh.url);
    await nav(other, 'Import & export');
    const gbk = fs.readFileSync(new URL('../fixtures/sheet-gbk.csv', import.meta.url));
    await other.locator('#import-file').setInputFiles({ name: '号码表.csv', mimeType: 'text/csv', buffer: gbk });
    await other.locator('.import-counts').waitFor();
    expect(await other.locator('.import-charset').textContent()).toMatch(/^Read as Chinese \(GB18030\): this file is not in UTF-8/);
    expect(await other.getByRole('combobox', { name: 'Keepline field: 持有人' }).inputValue()).toBe('owner');
    expect(await other.locator('.preview-table tr[data-line="3"]').textContent()).toContain('费用: Plan cost has the wrong format');
    await other.close();
  });

  it('draws the months with no spending as gaps on the chart, so the bars sit on a true time axis', async () => {
    const kw = (await apiCall(server.url, 'numbers.list', {})).items.find((item) => item.e164 === '+96560001234')!;
    // July, then nothing in August and September, then October and November.
    await apiCall(server.url, 'events.record', { numberId: kw.id, kind: 'topup', occurredOn: '2026-07-10', amount: { amountMinor: 3000, currency: 'KWD' } });
    await nav(page, 'Spending');
    const chart = page.locator('.chart-figure', { hasText: 'Spent per month, KWD' });
    await expect.poll(() => chart.locator('[data-month]').count()).toBe(5);
    // Each month by its name, the year under the first.
    expect(await chart.locator('.chart-label').allTextContents()).toEqual(['Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
    expect(await chart.locator('.chart-year').allTextContents()).toEqual(['2026']);
    expect(spaced([(await chart.locator('[data-month="2026-07"] title').textContent()) ?? ''])[0]).toBe('July 2026: KWD 3.000');
    // The empty months have no bar; the table lists only months with spending.
    expect(await chart.locator('[data-month="2026-08"] rect').count()).toBe(0);
    expect(await chart.locator('rect.chart-bar').count()).toBe(3);
  });

  it('labels the forecast’s bars with their currency and its months in the UI language', async () => {
    // Monthly, paid through 1 Dec: 11 bars, too narrow for "MYR 30.00", so written short but still in ringgit.
    await apiCall(server.url, 'numbers.create', {
      phone: '+60 12 345 6789', timeZone: 'Asia/Kuala_Lumpur', label: 'KL', expiryDate: '2026-12-01', rules: [{ kind: 'fee' }],
      planCost: { amountMinor: 3000, currency: 'MYR' }, billingPeriod: { count: 1, unit: 'months' },
    });
    // Kept by a top-up every 6 months, last 15 Sep: paid in March and September.
    await apiCall(server.url, 'numbers.create', {
      phone: '+44 7400 654321', timeZone: 'Europe/London', label: 'gg', planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 6, unit: 'months' },
      rules: [{ kind: 'activity', every: { count: 6, unit: 'months' }, counts: ['call', 'topup'], lastOn: '2026-09-15' }],
    });
    await nav(page, 'History');
    await nav(page, 'Spending');
    const myr = page.locator('.chart-figure', { hasText: 'Forecast per month, MYR' });
    await expect.poll(() => myr.locator('.chart-value').count()).toBe(11);
    expect(new Set(spaced(await myr.locator('.chart-value').allTextContents()))).toEqual(new Set(['MYR 30']));
    expect(await myr.locator('.chart-label').allTextContents()).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
    expect(await myr.locator('.chart-year').allTextContents()).toEqual(['2026', '2027']);
    const gbp = page.locator('.chart-figure', { hasText: 'Forecast per month, GBP' });
    expect(await gbp.locator('.chart-value').allTextContents()).toEqual(['£10.00', '£10.00']);
    const barMonths = gbp.locator('[data-month]:has(rect)').evaluateAll((groups) => groups.map((group) => (group as unknown as { dataset: { month: string } }).dataset.month));
    expect(await barMonths).toEqual(['2027-03', '2027-09']);
    await snap(page, 'spending-forecast');

    await page.getByLabel('Language').selectOption('zh-CN');
    const myrZh = page.locator('.chart-figure', { hasText: '每月预计（MYR）' });
    await expect.poll(() => myrZh.locator('.chart-label').allTextContents()).toEqual(['12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月']);
    expect(await myrZh.locator('.chart-year').allTextContents()).toEqual(['2026年', '2027年']);
    expect(new Set(spaced(await myrZh.locator('.chart-value').allTextContents()))).toEqual(new Set(['MYR 30']));
    expect(await page.locator('.spend-table').first().textContent()).toContain('2026年11月');
    await snap(page, 'spending-forecast-zh');
    await page.getByLabel('语言').selectOption('en');
  });
});
