// Pages with an agency's data: long tables and lists draw their first lines and more on request, so each
// page shows at once however many numbers and events there are.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { NumbersList } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NUMBERS = 260;

function sheet(): string {
  const lines = ['Phone,Carrier,Expires,Cost,Currency,Billing'];
  // Costs 1.000 to 260.000 KWD a month: the largest is number 259's.
  for (let i = 0; i < NUMBERS; i += 1) lines.push(`+965 6${String(i).padStart(7, '0')},Zain,2027-01-15,${i + 1}.000,KWD,monthly`);
  return lines.join('\n');
}

describe('an agency’s numbers and years of payments', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('draws the forecast’s first 50 numbers, largest first, and more on request', async () => {
    const imported = await apiCall(server.url, 'import.sheetCommit', { fileName: 'agency.csv', content: sheet(), encoding: 'text', defaultCountry: 'KW' });
    expect(imported.created).toBe(NUMBERS);
    // Two years of monthly payments for one number: 25 months, newest first in the table.
    const { items } = await apiCall(server.url, 'numbers.list', { search: '+965 60000000' });
    for (let month = 0; month < 25; month += 1) {
      const occurredOn = `${2024 + Math.floor((month + 10) / 12)}-${String(((month + 10) % 12) + 1).padStart(2, '0')}-05`;
      await apiCall(server.url, 'events.record', { numberId: items[0]!.id, kind: 'topup', occurredOn, amount: { amountMinor: 5000, currency: 'KWD' } });
    }

    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Spending', exact: true }).click();
    const forecast = page.getByRole('table', { name: 'Next 12 months' });
    await expect.poll(() => forecast.locator('tbody tr').count()).toBe(50);
    expect(await forecast.locator('tbody tr').first().textContent()).toContain('+965 6000 0259');
    expect(await forecast.locator('tfoot').textContent()).toContain('50 of 260 lines');
    await forecast.locator('tfoot').scrollIntoViewIfNeeded();
    await snap(page, 'agency-scale-1-forecast');

    await forecast.getByRole('button', { name: 'Show 200 more' }).click();
    await expect.poll(() => forecast.locator('tbody tr').count()).toBe(250);
    expect(await forecast.locator('tfoot').textContent()).toContain('250 of 260 lines');
    await forecast.getByRole('button', { name: 'Show 10 more' }).click();
    await expect.poll(() => forecast.locator('tbody tr').count()).toBe(NUMBERS);
    expect(await forecast.locator('tfoot').count()).toBe(0);
    expect(await forecast.locator('tbody tr').last().textContent()).toContain('+965 6000 0000');

    // What was spent, by month: the newest month first, and all 25 lines (fewer than 50: no "Show more").
    const spent = page.getByRole('table', { name: 'Total spent' });
    await expect.poll(() => spent.locator('tbody tr').count()).toBe(25);
    expect(await spent.locator('tbody tr').first().textContent()).toContain('November 2026');
    expect(await spent.locator('tbody tr').last().textContent()).toContain('November 2024');
    expect(await spent.locator('tfoot').count()).toBe(0);
  });

  it('shows a number’s 20 newest events by date, the rest on request', async () => {
    const { items } = await apiCall(server.url, 'numbers.list', { search: '+965 60000000' });
    // A payment forgotten at the time, recorded last: listed by its date, and the one Undo takes back.
    await apiCall(server.url, 'events.record', { numberId: items[0]!.id, kind: 'renewal', occurredOn: '2025-06-20', amount: { amountMinor: 9000, currency: 'KWD' } });
    const list = new NumbersList(page);
    await list.show();
    await list.search('60000000');
    await expect.poll(() => list.rows.count()).toBe(1);
    await list.open('6000 0000');
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.locator('.history-list > li').count()).toBe(20);
    expect(await history.locator('.history-list > li').first().textContent()).toContain('Nov 5, 2026');
    const showAll = history.getByRole('button', { name: 'Show all 26 events' });
    await showAll.click();
    await expect.poll(() => history.locator('.history-list > li').count()).toBe(26);
    expect(await showAll.count()).toBe(0);
    const undoable = history.locator('.history-list > li', { has: page.getByRole('button', { name: 'Undo' }) });
    expect(await undoable.count()).toBe(1);
    expect(await undoable.textContent()).toContain('Jun 20, 2025');
    expect(await history.locator('.history-list > li').last().textContent()).toContain('Nov 5, 2024');
  });

  it('asks for a per-number breakdown’s first 50 lines, largest first, and for more on request', async () => {
    // A top-up for 60 numbers more (numbers 1 to 60, 1.000 to 60.000 KWD): 61 lines with number 0's.
    const { items } = await apiCall(server.url, 'numbers.list', { search: '+965 6000', limit: 100 });
    const byPhone = new Map(items.map((item) => [item.e164, item.id]));
    for (let i = 1; i <= 60; i += 1) {
      const numberId = byPhone.get(`+9656${String(i).padStart(7, '0')}`)!;
      await apiCall(server.url, 'events.record', { numberId, kind: 'topup', occurredOn: '2026-11-20', amount: { amountMinor: i * 1000, currency: 'KWD' } });
    }
    // And one 100,000 KWD payment for number 0, which dwarfs the others.
    const [numberZero] = (await apiCall(server.url, 'numbers.list', { search: '+965 60000000' })).items;
    await apiCall(server.url, 'events.record', { numberId: numberZero!.id, kind: 'renewal', occurredOn: '2026-11-21', amount: { amountMinor: 100_000_000, currency: 'KWD' } });
    await page.getByRole('navigation').getByRole('button', { name: 'Spending', exact: true }).click();
    await page.locator('.group-select select').selectOption('byNumber');
    const spent = page.getByRole('table', { name: 'Total spent' });
    await expect.poll(() => spent.locator('tbody tr').count()).toBe(50);
    // Number 0's 25 monthly top-ups and two renewals (100,134.000) lead; then number 60's 60.000.
    expect(await spent.locator('tbody tr').first().textContent()).toContain('+965 6000 0000');
    expect(await spent.locator('tbody tr').nth(1).textContent()).toContain('+965 6000 0060');
    expect(await spent.locator('tfoot').textContent()).toContain('50 of 61 lines');
    // The share chart is of all the money spent, not of the lines shown: 100,134 of 101,964 KWD is 98%, and
    // number 60's 60 KWD is 0.06%, not "0%".
    expect(await page.locator('.share-row').first().textContent()).toContain('98%');
    expect(await page.locator('.share-row').nth(1).textContent()).toMatch(/KWD.60\.000 · 0\.06%$/);
    await spent.getByRole('button', { name: 'Show 11 more' }).click();
    await expect.poll(() => spent.locator('tbody tr').count()).toBe(61);
    expect(await spent.locator('tfoot').count()).toBe(0);
    expect(await spent.locator('tbody tr').last().textContent()).toContain('+965 6000 0001');
    // Another breakdown starts from its first lines again, with its own chart of shares.
    await page.locator('.group-select select').selectOption('byCountry');
    await expect.poll(() => spent.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('.chart-figure figcaption').first().textContent()).toBe('Share by country, KWD');
    expect(await page.locator('.share-row').first().textContent()).toMatch(/^Kuwait.*100%$/);
    await snap(page, 'agency-scale-2-by-country');
  });

  it('previews a long sheet 200 rows at a time', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Import & export', exact: true }).click();
    await page.locator('#import-file').setInputFiles({ name: 'agency.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet(), 'utf8') });
    const counts = page.locator('.import-counts');
    await expect.poll(() => counts.textContent()).toBe('0 to add · 0 to update · 260 to skip · 0 invalid');
    const rows = page.locator('.preview-table tbody tr');
    expect(await rows.count()).toBe(200);
    expect(await page.locator('.import-preview .more-rows').textContent()).toContain('200 of 260 rows');
    await page.getByRole('button', { name: 'Show 60 more' }).click();
    await expect.poll(() => rows.count()).toBe(NUMBERS);
    expect(await page.locator('.import-preview .more-rows').count()).toBe(0);
  });
});
