// The rule and lapse-phase editors: errors land on the right rule, and the detail page explains the result.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('rules and lapse phases', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('edits rules and phases, places their errors, and shows the grace phase', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();

    // A Kuwaiti mobile typed as dialled at home, with its country.
    await form.fill({ phone: '6501 2345', label: 'Kuwait backup', timeZone: 'Asia/Kuwait', 'planCost.amountMinor': '1.5', 'planCost.currency': 'KWD' });
    await form.choose('country', 'KW');
    await form.addRule('activity');
    await form.fill({ 'rules.0.every.count': '', 'rules.0.lastOn': '2026-06-01' });
    await form.addRule('validity');
    await page.getByRole('radio', { name: 'Depends on the amount' }).check();
    await form.fill({ 'rules.1.extension.tiers.0.minAmountMinor': '1.2345' });
    await form.addRule('fee');
    await form.addPhase();
    await form.fill({ 'lapsePhases.0.name': 'Grace', 'lapsePhases.0.length.count': '60', 'lapsePhases.0.works': 'Receive calls and SMS' });
    await page.getByRole('checkbox', { name: 'Remaining credit is lost when this phase begins' }).check();
    await form.addPhase();
    await form.fill({ 'lapsePhases.1.name': 'Recovery', 'lapsePhases.1.length.count': '30' });

    // In one Save: found by the form, an empty period and more decimals than the dinar's three; found by
    // the core, a fee rule without a billing period, the error on that rule.
    await form.save();
    await expect.poll(() => form.errorBeside('rules.0.every.count')).toEqual({ invalid: true, text: 'Rule 1 · period is required' });
    expect((await form.errorBeside('rules.1.extension.tiers.0.minAmountMinor')).text).toBe(
      'Rule 2 · extension · tier 1 · minimum amount has more decimals than KWD allows (3)',
    );
    expect((await form.errorBeside('rules.2')).text).toBe('Rule 3 needs a billing period for a recurring-fee rule');
    await snap(page, 'rules-1-client-errors');

    await form.fill({ 'rules.0.every.count': '90', 'rules.1.extension.tiers.0.minAmountMinor': '1.5' });
    await form.save();
    await expect.poll(() => form.errorBeside('rules.2')).toEqual({
      invalid: false,
      text: 'Rule 3 needs a billing period for a recurring-fee rule',
    });
    expect(await page.locator('#f-rules-2').getAttribute('aria-describedby')).toBe('f-rules-2-error');

    await page.getByRole('button', { name: 'Remove rule 3' }).click();
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+965 6501 2345');

    // Last use 1 Jun + 90 days = 30 Aug; then 60 days of grace, then 30 of recovery, which 25 Nov is in.
    const deadline = page.getByRole('region', { name: 'Next deadline' });
    expect(await deadline.innerText()).toContain('In grace: Recovery');
    expect(await deadline.innerText()).toContain('Use the number by Aug 30, 2026 (end of day, Kuwait time): last qualifying activity on Jun 1, 2026, as you entered it + 90 days.');
    const rules = await page.getByRole('region', { name: 'What keeps it alive' }).innerText();
    expect(rules).toContain('Use it at least every 90 days (Call, SMS, Data, Top-up, Renewal)');
    expect(rules).toMatch(/Each top-up extends the expiry by its amount: KWD\s1\.500 → 30 days/);
    const phases = await page.getByRole('region', { name: 'After the deadline' }).innerText();
    expect(phases).toMatch(/Grace\s+60 days\s+Receive calls and SMS\s+credit lost/);
    await snap(page, 'rules-2-detail-grace');

    // In the list's narrow column the phase's name alone, the whole status on hover and for screen readers.
    const { list } = appPages(page);
    await list.show();
    const badge = list.rows.first().locator('.status-grace');
    await expect.poll(() => badge.locator('span[aria-hidden="true"]').textContent()).toBe('Recovery');
    expect(await badge.getAttribute('title')).toBe('In grace: Recovery');
    expect(await badge.locator('.sr-only').textContent()).toBe('In grace: Recovery');
    await list.rows.first().click();

    await page.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => form.input('rules.1.extension.tiers.0.minAmountMinor').inputValue()).toBe('1.500');
    await page.emulateMedia({ colorScheme: 'dark' });
    await snap(page, 'rules-3-edit-form-dark');
  });

  it('shows Renewal as counted while Top-up is, saving only what the user ticked', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+44 7400 900777' });
    await form.addRule('activity');
    const counts = page.locator('#f-rules-0-counts');
    const renewal = counts.getByRole('checkbox', { name: 'Renewal' });
    const topup = counts.getByRole('checkbox', { name: 'Top-up' });
    const hint = 'A renewal is a payment: it counts as a top-up.';

    // Top-up counts, so a renewal does too: the box says so and cannot be unticked.
    expect(await renewal.isChecked()).toBe(true);
    expect(await renewal.isDisabled()).toBe(true);
    expect(await counts.innerText()).toContain(hint);

    await topup.uncheck();
    expect(await renewal.isDisabled()).toBe(false);
    await renewal.uncheck();
    expect(await counts.innerText()).not.toContain(hint);
    await topup.check();
    expect(await renewal.isChecked()).toBe(true);
    expect(await renewal.isDisabled()).toBe(true);

    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+44 7400 900777');
    const { items } = await apiCall(server.url, 'numbers.list', { search: '+44 7400 900777' });
    const saved = await apiCall(server.url, 'numbers.get', { id: items[0]!.id });
    expect(saved.rules[0]).toMatchObject({ kind: 'activity', counts: ['call', 'sms', 'data', 'topup'] });
  });
});
