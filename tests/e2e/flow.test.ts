// The main path through the app on a fresh database: add (with a mistake), list, renew, undo.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

// 19:00 in Tokyo on 25 Nov 2026: the plan's expiry on 1 Dec is 6 days away, so "due soon".
const NOW = '2026-11-25T10:00:00Z';

describe('add, renew and undo', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

  it('adds a number, records a renewal and undoes it', async () => {
    const { list, form, detail } = appPages(page);
    await page.goto(server.url);
    await expect.poll(() => list.emptyState.isVisible()).toBe(true);
    await snap(page, 'flow-1-first-run');

    await list.emptyState.getByRole('button', { name: 'Add a number' }).click();
    // +44 7700 900123 is a drama number: the right shape, but no real line.
    await form.fill({
      phone: '+44 7700 900123',
      label: 'Tokyo travel SIM',
      owner: 'Aiko',
      carrier: 'NTT Docomo',
      planName: 'Prepaid 30',
      'planCost.amountMinor': '3000',
      'planCost.currency': 'JPY',
      'billingPeriod.count': '1',
      expiryDate: '2026-12-01',
      timeZone: 'Asia/Tokyo',
    });
    await form.save();
    await expect.poll(() => form.errorBeside('phone')).toMatchObject({
      invalid: true,
      text: 'Phone number +44 7700 900123 has the right length but is not a valid United Kingdom number: check the digits',
    });
    await snap(page, 'flow-2-invalid-phone');

    await form.fill({ phone: '+81 90 1234 5678' });
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+81 90 1234 5678');

    await detail.backToList();
    const row = list.row('+81 90 1234 5678');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Due soon');
    expect(await row.innerText()).toContain('Tokyo travel SIM');
    expect(await row.innerText()).toContain('in 6 days');
    await snap(page, 'flow-3-listed');

    await list.open('+81 90 1234 5678');
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Dec 1, 2026');
    expect(await detail.historyItems.count()).toBe(0);
    await snap(page, 'flow-4-detail');

    await detail.recordRenewal();
    const dialog = detail.dialog;
    expect(await dialog.locator('#f-occurredOn').inputValue()).toBe('2026-11-25');
    expect(await dialog.locator('#f-amount-amountMinor').inputValue()).toBe('3000');
    expect(await dialog.locator('#f-amount-currency').inputValue()).toBe('JPY');
    await expect.poll(() => dialog.innerText()).toContain('New expiry: Jan 1, 2027 (was Dec 1, 2026)');
    await snap(page, 'flow-5-renewal-preview');

    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Jan 1, 2027');
    await expect.poll(() => detail.historyItems.count()).toBe(1);
    const item = await detail.historyItems.first().innerText();
    expect(item).toContain('Renewal');
    expect(item).toContain('Expiry date: Dec 1, 2026 → Jan 1, 2027');
    await snap(page, 'flow-6-renewed');

    await detail.undo();
    await expect.poll(() => detail.historyItems.count()).toBe(0);
    expect(await detail.history.innerText()).toContain('Nothing recorded yet.');
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Dec 1, 2026');
    await snap(page, 'flow-7-undone');

    // The carrier's site shows the date it extended to: that date wins over the one-month period.
    await detail.recordRenewal();
    await dialog.locator('#f-newExpiryDate').fill('2027-03-15');
    await expect.poll(() => dialog.innerText()).toContain('New expiry: Mar 15, 2027 (was Dec 1, 2026)');
    expect(await dialog.innerText()).toContain('If the carrier shows one after this payment');
    await snap(page, 'flow-7b-renewal-stated-expiry');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Mar 15, 2027');
    await detail.undo();
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Dec 1, 2026');

    await page.emulateMedia({ colorScheme: 'dark' });
    await snap(page, 'flow-8-detail-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it("sets a new number's zone from its country until the user picks one", async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.keyboard.press('n');
    const zone = form.input('timeZone');
    const zoneHint = page.locator('#f-timeZone-hint');
    await form.fill({ phone: '+965 6000 4321' });
    await expect.poll(() => zone.inputValue()).toBe('Asia/Kuwait');
    expect(await zoneHint.textContent()).toContain('Set from the number’s country, Kuwait.');
    // A country of several clocks: its main zone, and a word to check it.
    await form.fill({ phone: '+1 212 555 0123' });
    await expect.poll(() => zone.inputValue()).toBe('America/New_York');
    expect(await zoneHint.textContent()).toContain('United States keeps several time zones: America/New_York is assumed');
    await snap(page, 'flow-9-zone-from-country');
    // Once the user picks a zone, the number no longer moves it.
    await form.fill({ timeZone: 'America/Chicago', phone: '+965 6000 4321', expiryDate: '2026-12-03' });
    expect(await zone.inputValue()).toBe('America/Chicago');
    expect(await zoneHint.textContent()).not.toContain('Set from');
    await form.fill({ timeZone: 'Asia/Kuwait' });
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+965 6000 4321');
    await expect.poll(() => detail.detail('Carrier time zone').textContent()).toBe('Asia/Kuwait');
  });

  it("sets a new number's plan currency from its country until the user picks one", async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.keyboard.press('n');
    const currency = form.input('planCost.currency');
    const currencyHint = page.locator('#f-planCost-currency-hint');
    await form.fill({ phone: '+965 6000 4322' });
    await expect.poll(() => currency.inputValue()).toBe('KWD');
    expect(await currencyHint.textContent()).toBe('Set from the number’s country, Kuwait.');
    expect(await currency.getAttribute('aria-describedby')).toBe('f-planCost-currency-hint');
    // The amount's example has the currency's own decimals: dinars have three.
    const amount = form.input('planCost.amountMinor');
    expect(await amount.getAttribute('placeholder')).toBe('0.000');
    await form.fill({ phone: '+44 7400 900124' });
    await expect.poll(() => currency.inputValue()).toBe('GBP');
    expect(await amount.getAttribute('placeholder')).toBe('0.00');
    expect(await currencyHint.textContent()).toBe('Set from the number’s country, United Kingdom.');
    await snap(page, 'flow-10-currency-from-country');
    // Once the user picks a currency, the number no longer moves it, and the hint goes.
    await form.fill({ 'planCost.currency': 'usd' });
    await form.fill({ phone: '+965 6000 4322', 'planCost.amountMinor': '5', expiryDate: '2026-12-03' });
    expect(await currency.inputValue()).toBe('USD');
    expect(await currencyHint.count()).toBe(0);
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+965 6000 4322');
    expect(await detail.detail('Plan cost').textContent()).toBe('$5.00');
  });
});
