// An agency's spending page filtered to one client: the 12-month forecast follows the number filters (owner,
// country, carrier, number) as the totals do, says whose it is, and ignores the dates (it is of the months ahead).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

/** Texts with Intl's no-break spaces ("KWD\u00a055.000") as plain ones. */
const spaced = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

describe('the forecast of the numbers the spending page is filtered to', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  const forecastCard = () => page.getByRole('region', { name: /^(Next 12 months|未来 12 个月)$/ });
  /** The forecast's totals, by currency. */
  const forecastTotals = () => forecastCard().locator('.forecast-total').evaluateAll((totals) => totals.map((total) => (total as unknown as { dataset: { currency: string } }).dataset.currency));
  const scope = () => forecastCard().locator('.forecast-scope');
  /** A filter's field by its caption (a select's own name holds its options too). */
  const filter = (name: string) => page.locator('fieldset.filters label.field').filter({ has: page.getByText(name, { exact: true }) }).locator('select, input');

  it('forecasts one owner’s numbers alone, says so, and keeps to the numbers when dates are chosen', async () => {
    // Helios Solar: a monthly Kuwaiti plan paid through 10 Dec, 11 charges of KWD 5.000 within the 12 months.
    const helios = await apiCall(server.url, 'numbers.create', {
      phone: '+965 6000 1234', timeZone: 'Asia/Kuwait', label: 'Helios ops', owner: 'Helios Solar', carrier: 'Zain', expiryDate: '2026-12-10',
      rules: [{ kind: 'fee' }], planCost: { amountMinor: 5000, currency: 'KWD' }, billingPeriod: { count: 1, unit: 'months' },
    });
    // Acme: a yearly British plan due 30 Nov.
    const acme = await apiCall(server.url, 'numbers.create', {
      phone: '+44 7400 123456', timeZone: 'Europe/London', label: 'Acme desk', owner: 'Acme', carrier: 'EE', expiryDate: '2026-11-30',
      planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'years' },
    });
    await apiCall(server.url, 'events.record', { numberId: helios.id, kind: 'topup', occurredOn: '2026-10-01', amount: { amountMinor: 5000, currency: 'KWD' } });
    await apiCall(server.url, 'events.record', { numberId: acme.id, kind: 'topup', occurredOn: '2026-11-02', amount: { amountMinor: 1000, currency: 'GBP' } });

    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Spending', exact: true }).click();
    await expect.poll(forecastTotals).toEqual(['GBP', 'KWD']);
    expect(await scope().count()).toBe(0);

    await filter('Owner').selectOption('Helios Solar');
    // The totals and the forecast both follow the filter: Helios pays in dinars only.
    await expect.poll(forecastTotals).toEqual(['KWD']);
    expect(spaced(await forecastCard().locator('.forecast-total').textContent())).toContain('KWD 55.000');
    expect(await page.locator('.spend-total:not(.forecast-total)').evaluateAll((totals) => totals.map((total) => (total as unknown as { dataset: { currency: string } }).dataset.currency))).toEqual(['KWD']);
    expect(await scope().textContent()).toBe('Forecast for owner Helios Solar');
    expect(await forecastCard().locator('.chart-figure').allTextContents()).toEqual([expect.stringContaining('Forecast per month, KWD')]);
    const table = page.getByRole('table', { name: 'Next 12 months' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Helios ops');
    await snap(page, 'spending-forecast-owner');

    // Dates filter what was spent: the forecast stays the owner's next 12 months, and says so.
    await filter('From').fill('2026-11-01');
    await expect.poll(() => page.locator('.spend-total:not(.forecast-total)').count()).toBe(0);
    expect(await forecastTotals()).toEqual(['KWD']);
    expect(await forecastCard().textContent()).toContain('The dates filter what was spent; the forecast always covers the next 12 months.');
    await snap(page, 'spending-forecast-owner-dates');
    await filter('From').fill('');

    // Another owner, then a country with none of the owner's numbers.
    await filter('Owner').selectOption('Acme');
    await expect.poll(forecastTotals).toEqual(['GBP']);
    expect(await scope().textContent()).toBe('Forecast for owner Acme');
    await filter('Country').selectOption('KW');
    await expect.poll(forecastTotals).toEqual([]);
    expect(await scope().textContent()).toBe('Forecast for owner Acme and country Kuwait');
    expect(await forecastCard().textContent()).toContain('No payments are forecast for the next 12 months.');
    // Nothing spent under these filters: said as such, not as "yet".
    await expect.poll(() => page.getByRole('region', { name: 'Total spent' }).textContent()).toContain('No renewals or top-ups with an amount match these filters.');
    await snap(page, 'spending-forecast-none');

    // One number chosen in the number filter.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(forecastTotals).toEqual(['GBP', 'KWD']);
    expect(await scope().count()).toBe(0);
    await filter('Number').fill('Acme desk · +44 7400 123456');
    await expect.poll(forecastTotals).toEqual(['GBP']);
    expect(await scope().textContent()).toBe('Forecast for number Acme desk · +44 7400 123456');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Language').selectOption('zh-CN');
    await filter('持有人').selectOption('Helios Solar');
    await expect.poll(forecastTotals).toEqual(['KWD']);
    expect(await scope().textContent()).toBe('预测范围：持有人 Helios Solar');
    await snap(page, 'spending-forecast-owner-zh');
    await page.getByLabel('语言').selectOption('en');
  });
});
