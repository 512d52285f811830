// What an agency with many labelled numbers types: a label with digits in it opens that number, not one
// whose digits hold them; "muller" finds Müller; the history's Number box offers the number named; and the
// number form knows a carrier by a word of its name ("csl"), in either Chinese script, or lists several.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

describe('search by label, number and carrier name', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    const add = (phone: string, timeZone: string, label: string, expiryDate: string, more: Record<string, unknown> = {}) =>
      apiCall(server.url, 'numbers.create', { phone, timeZone, label, expiryDate, ...more }) as Promise<{ id: number }>;
    // The soonest deadlines are numbers whose digits hold a label's: 131 and 265.
    await add('+86 131 0000 0001', 'Asia/Shanghai', 'CN-001', '2026-12-01');
    await add('+44 7400 126571', 'Europe/London', 'GB-441', '2026-12-02', { owner: 'Jürgen Müller' });
    await add('+49 1520 7654321', 'Europe/Berlin', 'DE-131', '2026-12-05');
    const my = await add('+60 12-345 6789', 'Asia/Kuala_Lumpur', 'MY-265', '2026-12-06');
    const th = await add('+66 81 234 5678', 'Asia/Bangkok', 'TH-506', '2026-12-09');
    const th2 = await add('+66 81 506 5000', 'Asia/Bangkok', 'TH-777', '2026-12-10');
    for (const [id, day] of [[th.id, '2026-10-01'], [th.id, '2026-10-02'], [th2.id, '2026-10-03'], [my.id, '2026-10-04']] as const) {
      await apiCall(server.url, 'events.record', { numberId: id, kind: 'activity', occurredOn: day, activityType: 'call' });
    }
  });

  it('opens the number whose label was typed, and finds names without their accents', async () => {
    const { list, detail } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(6);
    await list.search('DE-131');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('DE-131')]);
    await list.search('MY-265');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('MY-265')]);
    await snap(page, 'search-label-with-digits');
    await list.rows.first().locator('.number-link').click();
    await expect.poll(() => detail.heading.textContent()).toBe('+60 12 345 6789');
    await list.show();
    // The number itself, typed nationally, still finds it.
    await list.search('07400 126571');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('GB-441')]);
    await list.search('muller');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('GB-441')]);
    await list.search('');
  });

  it('filters the history by the label typed, offering that number alone', async () => {
    await nav(page, 'History');
    const rows = page.locator('.history-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const picker = page.getByRole('combobox', { name: 'Number' });
    await picker.fill('TH-506');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator('.history-page').textContent()).toContain('2 events');
    const offered = () => page.locator('.history-page datalist option').evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
    expect(await offered()).toEqual(['TH-506 · +66 81 234 5678']);
    // Choosing the offer filters by that number, and says nothing about matching none.
    await picker.fill('TH-506 · +66 81 234 5678');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator('.number-picker .hint').count()).toBe(0);
    // Digits alone still find the number that holds them.
    await picker.fill('81 506');
    await expect.poll(() => offered()).toEqual(['TH-777 · +66 81 506 5000']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('knows a carrier by a word of its name, in either Chinese script, and lists several to pick from', async () => {
    const { form } = appPages(page);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+852 5123 4567' });
    const suggestion = page.locator('.carrier-suggestion');

    await form.fill({ carrier: 'csl' });
    await expect.poll(() => suggestion.innerText()).toContain('csl prepaid SIM (incl. PCCW-HKT rechargeable SIM rebranded to csl) is in Keepline’s carriers.');
    await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await expect.poll(() => suggestion.innerText()).toContain('Filled in from csl prepaid SIM');
    expect(await form.input('timeZone').inputValue()).toBe('Asia/Hong_Kong');

    await form.fill({ carrier: '中华电信' });
    await expect.poll(() => suggestion.innerText()).toContain('中華電信 預付卡 (如意卡) is in Keepline’s carriers.');
    expect(await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).count()).toBe(1);

    await form.fill({ carrier: 'vodafone' });
    await expect.poll(() => suggestion.innerText()).toContain('Several of Keepline’s carriers match. Pick one to use its rules:');
    const choices = suggestion.locator('.carrier-choices button');
    expect(await choices.allInnerTexts()).toEqual(['Vodafone Pay as you go', 'Vodafone CallYa', 'Vodafone Prepaid', 'Vodafone prepaid', 'Vodafone ricaricabile']);
    expect(await suggestion.innerText()).toContain('1 more match: type more of the name.');
    await snap(page, 'carrier-several-match');
    await suggestion.getByRole('button', { name: 'Vodafone CallYa', exact: true }).click();
    expect(await form.input('carrier').inputValue()).toBe('Vodafone CallYa');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-carrier');
    await expect.poll(() => suggestion.innerText()).toContain('Vodafone CallYa is in Keepline’s carriers.');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });
});
