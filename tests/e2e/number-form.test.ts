// The add/edit form and the event dialog refuse what they cannot read, and say so beside the input.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('the number form', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('refuses an impossible date instead of saving no date', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+86 138 0013 8000' });
    // 30 February: the input keeps the text, but its value is '' as if nothing were typed.
    await form.typeDate('expiryDate', '02302026');
    await form.typeDate('paymentMethod.cardExpiry', '03');
    await form.save();
    await expect.poll(() => form.errorBeside('expiryDate')).toEqual({ invalid: true, text: 'Expiry date is not a real calendar date' });
    expect(await form.errorBeside('paymentMethod.cardExpiry')).toEqual({ invalid: true, text: 'Card expiry is not a real calendar date' });
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-expiryDate');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Add a number');
    expect((await apiCall(server.url, 'numbers.list', {})).total).toBe(0);
    await snap(page, 'number-form-1-impossible-date');

    await form.fill({ expiryDate: '2026-02-28', 'paymentMethod.cardExpiry': '' });
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+86 138 0013 8000');
    await expect.poll(() => detail.detail('Expiry date').textContent()).toBe('Feb 28, 2026');

    // The event dialog's dates too: an unreadable day would otherwise be recorded as today.
    await detail.recordRenewal();
    await detail.dialog.locator('#f-occurredOn').fill('');
    await detail.dialog.locator('#f-occurredOn').pressSequentially('02302026');
    await detail.dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => form.errorBeside('occurredOn')).toEqual({ invalid: true, text: 'Date is not a real calendar date' });
    expect(await detail.historyItems.count()).toBe(0);
    await detail.dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('starts at the first field when opened with N or with Edit', async () => {
    const { list, form, detail } = appPages(page);
    await apiCall(server.url, 'numbers.create', { phone: '+44 7400 123456', label: 'UK bank 2FA', timeZone: 'Europe/London' });
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-phone');
    await page.keyboard.type('+81 90 1234 5678');
    expect(await form.input('phone').inputValue()).toBe('+81 90 1234 5678');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await list.open('UK bank 2FA');
    await expect.poll(() => detail.heading.textContent()).toBe('+44 7400 123456');
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => form.input('phone').inputValue()).toBe('+44 7400 123456');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-phone');
  });

  it('shows every problem at once, each saying what is wrong', async () => {
    const { form } = appPages(page);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '12', 'planCost.amountMinor': '-1', 'planCost.currency': '', 'billingPeriod.count': '-3' });
    await form.save();
    // The form's own checks and the core's (the phone) in one Save.
    await expect.poll(() => form.errorBeside('phone')).toMatchObject({ invalid: true, text: expect.stringContaining('Phone number is not valid') });
    expect(await form.errorBeside('planCost.amountMinor')).toEqual({ invalid: true, text: 'Plan cost is too small (at least 0)' });
    expect(await form.errorBeside('planCost.currency')).toEqual({ invalid: true, text: 'Currency of the plan cost is required' });
    expect(await form.errorBeside('billingPeriod.count')).toEqual({ invalid: true, text: 'Billing period is too small (at least 1)' });
    expect(await page.locator('.error-summary li').count()).toBe(4);
    await snap(page, 'number-form-2-every-problem');

    // A refused billing period is left out of what the core checks: a fee rule must not then be said to lack one.
    await form.addRule('fee');
    await form.save();
    await expect.poll(() => form.errorBeside('rules.0')).toEqual({ invalid: false, text: '' });
    await form.fill({ 'billingPeriod.count': '' });
    await form.save();
    await expect.poll(() => form.errorBeside('rules.0')).toEqual({ invalid: false, text: 'Rule 1 needs a billing period for a recurring-fee rule' });
    expect(await form.errorBeside('phone')).toMatchObject({ invalid: true });

    // A code of two letters breaks two checks (its format, and no such currency): one problem per field is enough.
    await form.fill({ phone: '+44 7400 123456', 'planCost.amountMinor': '10', 'planCost.currency': 'xx', 'billingPeriod.count': '1' });
    await form.save();
    await expect.poll(() => form.errorBeside('planCost.currency')).toMatchObject({ invalid: true });
    expect(await page.locator('.error-summary li').count()).toBe(1);
  });
});

describe('a refused phone number in the form', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('says why, and keeps letters as they were typed rather than formatting them away', async () => {
    const { form } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    // Formatted, this was "+49 30 12": what was pasted lost half its digits before Save could say anything.
    await form.fill({ phone: '+49 30 12xx 3456' });
    expect(await form.input('phone').inputValue()).toBe('+49 30 12xx 3456');
    await form.save();
    await expect.poll(() => form.errorBeside('phone')).toEqual({ invalid: true, text: 'Phone number contains letters: "xx"' });

    await form.fill({ phone: '+44 7700 90' });
    await form.save();
    await expect.poll(() => form.errorBeside('phone')).toEqual({
      invalid: true,
      text: 'Phone number +44 7700 90 is too short for a United Kingdom number',
    });
    await snap(page, 'number-form-3-phone-too-short');
    expect((await apiCall(server.url, 'numbers.list', {})).total).toBe(0);
  });
});

describe('leaving the number form', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('asks before dropping what was typed, and leaves at once when nothing was', async () => {
    const { form, detail, list } = appPages(page);
    const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    const current = () => page.getByRole('navigation').locator('[aria-current="page"]').textContent();
    const confirm = page.getByRole('dialog', { name: 'Leave without saving?' });
    await page.goto(server.url);
    await expect.poll(current).toBe('Dashboard');
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-phone');
    await form.fill({ phone: '+81 90 1234 5678', label: 'Tokyo SIM' });

    await nav('Dashboard');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await snap(page, 'number-form-leave-asks');
    await confirm.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await heading()).toBe('Add a number');
    expect(await form.input('label').inputValue()).toBe('Tokyo SIM');

    await nav('Numbers');
    await confirm.getByRole('button', { name: 'Leave and lose it' }).click();
    await expect.poll(current).toBe('Numbers');
    expect((await apiCall(server.url, 'numbers.list', {})).total).toBe(0);

    // An untouched form, new or loaded for editing, is left without a question.
    await page.keyboard.press('n');
    await expect.poll(heading).toBe('Add a number');
    await nav('Dashboard');
    await expect.poll(current).toBe('Dashboard');
    await apiCall(server.url, 'numbers.create', { phone: '+44 7400 123456', label: 'UK bank 2FA', timeZone: 'Europe/London' });
    const edit = async () => {
      await nav('Numbers');
      await list.open('UK bank 2FA');
      await page.getByRole('button', { name: 'Edit' }).click();
      await expect.poll(() => form.input('label').inputValue()).toBe('UK bank 2FA');
    };
    await edit();
    await nav('History');
    await expect.poll(current).toBe('History');

    // Saving is leaving too, with no question.
    await edit();
    await form.fill({ label: 'UK bank' });
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+44 7400 123456');
    expect(await confirm.count()).toBe(0);
  });
});
