// Recording a renewal from the keyboard: R then Enter records it (focus is on Confirm, not on ×), but a renewal
// that moves no deadline, or one already recorded that day with the same amount, is said before it is
// recorded; "Renewal recorded." offers Undo.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NOW = '2026-12-08T10:00:00Z';

describe('recording a renewal with R', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // No rule and no billing period: a renewal alone moves nothing.
    ids.thai = (await apiCall(server.url, 'numbers.create', {
      phone: '+66 81 234 5678', label: 'Bangkok AIS', timeZone: 'Asia/Bangkok', expiryDate: '2026-12-08', planCost: { amountMinor: 9900, currency: 'THB' },
    })).id;
    // A monthly fee: each renewal pays one more month.
    ids.kuwait = (await apiCall(server.url, 'numbers.create', {
      phone: '+965 6000 1234', label: 'Kuwait Zain', timeZone: 'Asia/Kuwait', expiryDate: '2026-12-20',
      planCost: { amountMinor: 5000, currency: 'KWD' }, billingPeriod: { count: 1, unit: 'months' }, rules: [{ kind: 'fee' }],
    })).id;
  });

  const dialog = () => page.getByRole('dialog');
  /** The warnings in the record dialog, spaces as typed (money is formatted with a no-break space). */
  const warnings = async () => (await dialog().locator('.record-warning').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  const focused = () => page.evaluate<string>("document.activeElement ? (document.activeElement.id || document.activeElement.textContent || '') : ''");
  const renewals = async (numberId: number) => (await apiCall(server.url, 'events.list', { numberId })).items.filter((event) => event.kind === 'renewal');
  /** Puts focus on the list's row of `label`, as the arrow keys would. */
  const focusRow = async (label: string) => {
    const { list } = appPages(page);
    await list.row(label).focus();
    await expect.poll(() => page.evaluate<string>('document.activeElement.innerText')).toContain(label);
  };

  it('opens with Confirm focused: R then Enter records the renewal, and a second one the same day is said first', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(2);

    await focusRow('Kuwait Zain');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    expect(await focused()).toBe('Confirm');
    // Enter at once, before the preview is in: it records when the preview comes, since it warns of nothing.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await renewals(ids.kuwait!)).length).toBe(1);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Renewal recorded.');

    // The same renewal again: it still moves the deadline, but one of KWD 5.000 was recorded today.
    await focusRow('Kuwait Zain');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(warnings).toEqual(['A renewal of KWD 5.000 was already recorded today.']);
    expect(await renewals(ids.kuwait!)).toHaveLength(1);
    expect(await focused()).toBe('Confirm');
    await snap(page, 'record-guard-same-day');
    // A warning, not a refusal: Confirm again records it.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await renewals(ids.kuwait!)).length).toBe(2);
  });

  it('says a renewal that moves no deadline, takes focus to the new expiry date, and records once it is given', async () => {
    await focusRow('Bangkok AIS');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    await page.keyboard.press('Enter');
    const warning = dialog().locator('.record-warning');
    await expect.poll(warnings).toEqual(["This renewal doesn't move the deadline: enter the new expiry date"]);
    expect(await dialog().locator('.preview').innerText()).toContain('Expiry stays Dec 8, 2026');
    await expect.poll(focused).toBe('f-newExpiryDate');
    expect(await renewals(ids.thai!)).toHaveLength(0);
    await snap(page, 'record-guard-no-move');
    // Enter in the empty field the warning took focus to records nothing either.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await dialog().count()).toBe(1);
    expect(await renewals(ids.thai!)).toHaveLength(0);

    // The link takes focus back to the field too.
    await dialog().getByRole('button', { name: 'Confirm' }).focus();
    await warning.getByRole('button', { name: 'enter the new expiry date' }).click();
    expect(await focused()).toBe('f-newExpiryDate');
    await dialog().locator('#f-newExpiryDate').fill('2027-01-08');
    await expect.poll(() => dialog().locator('.preview').innerText()).toContain('New expiry: Jan 8, 2027 (was Dec 8, 2026)');
    expect(await warning.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await renewals(ids.thai!)).length).toBe(1);

    // R, Enter again on the same row: both warnings, nothing recorded.
    await focusRow('Bangkok AIS');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(warnings).toEqual([
      "This renewal doesn't move the deadline: enter the new expiry date",
      'A renewal of THB 99.00 was already recorded today.',
    ]);
    await snap(page, 'record-guard-both');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await renewals(ids.thai!)).toHaveLength(1);
  });

  it('offers Undo on "Renewal recorded.", which takes that renewal back', async () => {
    await focusRow('Bangkok AIS');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    await dialog().locator('#f-newExpiryDate').fill('2027-02-08');
    await expect.poll(() => dialog().locator('.preview').innerText()).toContain('New expiry: Feb 8, 2027 (was Jan 8, 2027)');
    await dialog().getByRole('button', { name: 'Confirm' }).click();
    const notice = page.locator('.notice');
    await expect.poll(() => notice.innerText()).toContain('Renewal recorded.');
    expect((await apiCall(server.url, 'numbers.get', { id: ids.thai! })).expiryDate).toBe('2027-02-08');
    await snap(page, 'record-guard-undo-offered');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notice.innerText()).toContain('Renewal undone.');
    await expect.poll(async () => (await renewals(ids.thai!)).length).toBe(1);
    expect((await apiCall(server.url, 'numbers.get', { id: ids.thai! })).expiryDate).toBe('2027-01-08');
  });

  it('on the number’s page too; an Undo after another event was recorded is refused, and says why', async () => {
    const { list, detail } = appPages(page);
    await list.open('Kuwait Zain');
    await expect.poll(() => detail.heading.textContent()).toBe('+965 6000 1234');
    await page.keyboard.press('r');
    await expect.poll(() => dialog().count()).toBe(1);
    expect(await focused()).toBe('Confirm');
    await expect.poll(() => dialog().locator('.record-warning').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await renewals(ids.kuwait!)).length).toBe(3);
    // Meanwhile, another window records a top-up: the renewal is no longer the last event.
    await apiCall(server.url, 'events.record', { numberId: ids.kuwait!, kind: 'topup', amount: { amountMinor: 1000, currency: 'KWD' } });
    const notice = page.locator('.notice');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notice.innerText()).toContain('was followed by another event of this number, so it can no longer be undone here');
    expect(await renewals(ids.kuwait!)).toHaveLength(3);
  });
});
