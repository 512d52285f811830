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
    expect(await spent.locator('tbody tr').first().textContent()).toContain('2026-11');
    expect(await spent.locator('tbody tr').last().textContent()).toContain('2024-11');
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
});
