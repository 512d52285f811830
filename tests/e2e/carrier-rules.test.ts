// An agency's numbers and their carriers' rules in the browser: the import says how many rows get their
// carrier's rules from the catalog (and can be told not to), and "Apply carrier rules" fills them on a
// selection afterwards, so numbers still inside their carrier's grace show in grace instead of lost.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

// Celcom Xpax Prepaid and Hotlink Prepaid have 50 days' grace, Digi Prepaid 90: expired on 10 Nov, all are
// in grace on 8 Dec. "Some Reseller" is no carrier Keepline knows.
const NOW = '2026-12-08T10:00:00Z';

function agencySheet(first: number): Buffer {
  const carriers = ['Celcom Xpax Prepaid', 'hotlink prepaid', 'Digi Prepaid', 'Some Reseller', ''];
  const lines = ['Phone,Carrier,Expiry,Label', ...carriers.map((carrier, i) => `+60 12-345 ${first + i},${carrier},2026-11-10,Agency ${first + i}`)];
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('carrier rules for an agency\'s numbers', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

  const statusOf = async (label: string) => {
    const { items } = await apiCall(server.url, 'numbers.list', { search: label });
    return items[0]?.status.state;
  };

  async function importSheet(first: number, useCarrierRules: boolean): Promise<void> {
    await page.getByRole('navigation').getByRole('button', { name: 'Import & export', exact: true }).click();
    await page.locator('#import-file').setInputFiles({ name: 'agency.csv', mimeType: 'text/csv', buffer: agencySheet(first) });
    const option = page.locator('.import-carrier-rules');
    await expect.poll(() => option.locator('p').first().textContent()).toBe('3 rows get their carrier’s rules from the catalog.');
    const checkbox = page.getByRole('checkbox', { name: 'Use the carrier’s rules from the catalog' });
    expect(await checkbox.isChecked()).toBe(true);
    if (!useCarrierRules) {
      await checkbox.uncheck();
      await expect.poll(() => option.locator('p').first().textContent()).toBe('3 rows name a carrier in the catalog; they are imported without the carrier’s rules.');
      await snap(page, 'carrier-rules-import-off');
    } else {
      await snap(page, 'carrier-rules-import-on');
    }
    await page.getByRole('button', { name: 'Import 5 numbers' }).click();
    await expect.poll(() => page.locator('.import-done').textContent()).toContain('5 added');
  }

  it('imports with the carriers\' grace unless told not to', async () => {
    await page.goto(server.url);
    await importSheet(6700, true);
    expect(await statusOf('Agency 6700')).toBe('grace');
    expect(await statusOf('Agency 6701')).toBe('grace');
    expect(await statusOf('Agency 6702')).toBe('grace');
    expect(await statusOf('Agency 6703')).toBe('lost');

    await importSheet(6800, false);
    expect(await statusOf('Agency 6800')).toBe('lost');
  });

  it('applies carrier rules to a selection after asking, and the lost numbers inside their grace show in grace', async () => {
    const { list } = appPages(page);
    await list.show();
    await list.search('Agency 68');
    await expect.poll(() => list.rows.count()).toBe(5);
    await page.getByRole('checkbox', { name: 'Select all 5 shown' }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByRole('button', { name: 'Apply carrier rules' }).click();

    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('#dialog-title').textContent()).toBe('Apply carrier rules?');
    const body = await dialog.locator('.dialog-body').innerText();
    expect(body).toContain('3 of the 5 selected numbers have a carrier Keepline knows');
    expect(body).toContain('3 of them lack their carrier’s rules or lapse phases and get them');
    expect(body).toContain('2 have no carrier Keepline knows and stay as they are.');
    await snap(page, 'carrier-rules-bulk-confirm');
    await dialog.getByRole('button', { name: 'Apply to 3 numbers' }).click();

    await expect.poll(() => page.locator('.notice').innerText()).toContain('Carrier rules applied to 3 numbers.');
    await expect.poll(() => list.row('Agency 6800').innerText()).toContain('Grace period');
    expect(await list.row('Agency 6803').innerText()).toContain('Lost');
    expect(await statusOf('Agency 6802')).toBe('grace');
    await snap(page, 'carrier-rules-bulk-done');

    // Again: nothing left to fill, said without a question.
    await bar.getByRole('button', { name: 'Apply carrier rules' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Nothing to apply');
    expect(await dialog.count()).toBe(0);
  });
});
