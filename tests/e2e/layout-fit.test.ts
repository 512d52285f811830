// Layout at the window sizes people use (1280x800, 1024x700) and narrow (820), in English and Chinese: the
// numbers list and the dashboard fit without losing Deadline or Cost or breaking a number, say their times
// are the user's; Chinese table text breaks between words (not one character a line); the shortcuts dialog
// and the exchange rates have room. Geometry is checked here; each step also leaves a screenshot in
// test-results/e2e to look at.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { screenshotDir } from './support/paths.ts';
import { SEED_NOW, seedNumbers } from './support/seed.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator.toString()}`);
  return found;
};

/** How many lines an element's text takes: its height over its line height. */
// (The tests compile without the DOM's types: what runs in the page names the little it uses.)
type Rect = { top: number; left: number; width: number };
type InPage = { scrollWidth: number; clientWidth: number; ownerDocument: { createRange(): { selectNodeContents(node: unknown): void; getClientRects(): ArrayLike<Rect> } } };

const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const node = element as unknown as InPage;
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    return new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });

/** Whether all of an element's content shows: nothing clipped or scrolled sideways. */
const fitsWidth = (locator: Locator) =>
  locator.evaluate((element) => {
    const node = element as unknown as InPage;
    return node.scrollWidth <= node.clientWidth;
  });

async function setLanguage(page: Page, to: 'en' | 'zh-CN') {
  await page.locator('.language-switch select').selectOption(to);
  await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(to);
}

describe('layout at common window sizes', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: SEED_NOW }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    const ids = await seedNumbers(server.url);
    await apiCall(server.url, 'numbers.create', {
      phone: '+1 212 555 0188', label: 'New York line', owner: 'Lumen Holdings Ltd', carrier: 'T-Mobile US', timeZone: 'America/New_York', expiryDate: '2027-01-01',
      planCost: { amountMinor: 2500, currency: 'USD' }, billingPeriod: { count: 1, unit: 'months' },
    });
    await apiCall(server.url, 'numbers.create', {
      phone: '+86 139 0013 9000', label: '北京工作号', owner: '李娜', timeZone: 'Asia/Shanghai', expiryDate: '2026-12-08',
      planCost: { amountMinor: 5800, currency: 'CNY' }, billingPeriod: { count: 1, unit: 'months' },
    });
    await apiCall(server.url, 'events.record', { kind: 'renewal', numberId: ids.get('Hong Kong data')!, occurredOn: '2026-11-01', amount: { amountMinor: 9800, currency: 'HKD' } });
    await apiCall(server.url, 'events.record', { kind: 'topup', numberId: ids.get('Tokyo travel SIM')!, occurredOn: '2026-11-20', amount: { amountMinor: 3000, currency: 'JPY' } });
    await apiCall(server.url, 'settings.update', { exchangeRates: { base: 'USD', rates: { HKD: 0.128, EUR: 1.08 } } });
  });

  const grid = () => page.locator('.grid-scroll');
  const header = (name: string) => page.locator('.grid-head [role="columnheader"]').filter({ hasText: name });

  it('fits the list into 1024px: Status to Cost in view, no sideways scrolling, Kind and the country column make room', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(server.url);
    const { list } = appPages(page);
    await list.show();
    await expect.poll(() => list.rows.count()).toBeGreaterThan(5);
    const scroller = await box(grid());
    for (const name of ['Status', 'Number', 'Label', 'Owner', 'Carrier', 'Next deadline', 'Cost']) {
      const column = await box(header(name));
      expect(column.x + column.width, name).toBeLessThanOrEqual(scroller.x + scroller.width);
    }
    expect(await fitsWidth(grid())).toBe(true);
    expect(await header('Kind').isVisible()).toBe(false);
    expect(await header('Country').isVisible()).toBe(false);
    // The country still shows: its flag before the number, its name on hover.
    const row = list.row('Kuwait eSIM');
    expect(await row.locator('.number-flag .country-flag').getAttribute('title')).toBe('Kuwait');
    expect(await row.innerText()).toMatch(/KWD\s5\.500/);
    await snap(page, 'layout-list-1024');
  });

  it('keeps each number in Most urgent on one line at 1024px', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard', exact: true }).click();
    const numbers = page.locator('.urgent-item .number-link');
    await expect.poll(() => numbers.count()).toBe(5);
    for (const number of await numbers.all()) expect(await lines(number), await number.innerText()).toBe(1);
    // The label beside the flag shows, not only its first letters.
    expect(await page.locator('.urgent-item').filter({ hasText: 'Kuwait eSIM' }).locator('.urgent-meta-text').innerText()).toBe('Kuwait eSIM · Zain');
    expect(await fitsWidth(page.locator('.urgent-item').filter({ hasText: 'Kuwait eSIM' }).locator('.urgent-meta-text'))).toBe(true);
    await snap(page, 'layout-dashboard-1024');
  });

  it('gives Owner the room at 1280px, and Status only its badge', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { list } = appPages(page);
    await list.show();
    await list.search('Lumen');
    await expect.poll(() => list.rows.count()).toBe(1);
    const owner = list.rows.first().locator('[data-col="owner"]');
    expect(await owner.innerText()).toBe('Lumen Holdings Ltd');
    expect(await fitsWidth(owner)).toBe(true);
    await list.search('');
    await expect.poll(() => list.rows.count()).toBeGreaterThan(5);
    // "Receive only" (a grace phase's name) is the widest badge here: whole, in a column not much wider.
    const status = list.row('Madrid prepaid').locator('[data-col="status"]');
    const badge = status.locator('.status');
    expect(await fitsWidth(badge)).toBe(true);
    expect((await box(status)).width - (await box(badge)).width).toBeLessThan(16);
    await snap(page, 'layout-list-1280');
  });

  it('says the deadlines are in the user’s time, and gives the carrier’s day and zone on hover', async () => {
    expect(await header('Next deadline').innerText()).toMatch(/Next deadline\s*\(your time\)/i);
    const { list } = appPages(page);
    await list.search('New York');
    await expect.poll(() => list.rows.count()).toBe(1);
    const when = list.row('New York line').locator('.deadline-when');
    // 1 Jan 2027 ends at midnight in New York: 04:59 on 2 Jan in London.
    expect(await when.innerText()).toContain('by Jan 2, 2027, 04:59');
    expect(await when.getAttribute('title')).toBe('In the carrier’s zone (America/New_York): ends Jan 1, 2027, 23:59');
    await setLanguage(page, 'zh-CN');
    expect(await header('下一个截止日期').innerText()).toMatch(/下一个截止日期\s*（本机时间）/);
    expect(await when.getAttribute('title')).toBe('运营商时区（America/New_York）：2027年1月1日 23:59 结束');
    await list.search('');
    await page.getByRole('navigation').getByRole('button', { name: '概览', exact: true }).click();
    await expect.poll(() => page.locator('.zone-note').innerText()).toBe('时间按本机时区（伦敦时间）显示；悬停可查看运营商时区的日期');
    await setLanguage(page, 'en');
    await expect.poll(() => page.locator('.zone-note').innerText()).toBe('Times in your time zone (London); hover one for the carrier’s day');
  });

  it('keeps Chinese headers, dates and kinds whole in the history table at 820px', async () => {
    await page.setViewportSize({ width: 820, height: 700 });
    await setLanguage(page, 'zh-CN');
    await page.getByRole('navigation').getByRole('button', { name: '历史记录', exact: true }).click();
    const table = page.locator('.history-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    for (const text of ['日期', '号码', '记录类型', '金额', '详情']) expect(await lines(table.locator('th', { hasText: text })), text).toBe(1);
    const renewal = table.locator('tbody tr').filter({ hasText: '续费' });
    expect(await lines(renewal.locator('td').nth(0))).toBe(1);
    expect(await renewal.locator('td').nth(0).innerText()).toBe('2026年11月1日');
    expect(await lines(renewal.locator('td').nth(2))).toBe(1);
    await snap(page, 'layout-history-zh-820');
  });

  it('keeps “付款次数” and a forecast number’s phone on one line at 1280px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('navigation').getByRole('button', { name: '支出', exact: true }).click();
    const forecast = page.locator('section[aria-labelledby="forecast-title"] .spend-table');
    await expect.poll(() => forecast.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await lines(forecast.locator('th', { hasText: '付款次数' }))).toBe(1);
    const beijing = forecast.locator('tbody tr').filter({ hasText: '北京工作号' }).locator('td').first();
    // The name may wrap before the number, never inside it.
    expect(await beijing.textContent()).toBe('北京工作号 · +86 139 0013 9000');
    expect(await lines(beijing.locator('.nowrap', { hasText: '+86 139 0013 9000' }))).toBe(1);
    await snap(page, 'layout-forecast-zh-1280');
    await setLanguage(page, 'en');
  });

  it('sets the shortcuts inside the dialog’s padding', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard', exact: true }).click();
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('#dialog-title').textContent()).toBe('Keyboard shortcuts');
    const frame = await box(dialog);
    const firstKey = await box(dialog.locator('dt kbd').first());
    const lastRow = await box(dialog.locator('.shortcut-list > div').last());
    const title = await box(dialog.locator('#dialog-title'));
    expect(firstKey.x - frame.x).toBeGreaterThanOrEqual(16);
    expect(Math.round(firstKey.x)).toBe(Math.round(title.x));
    expect(frame.y + frame.height - (lastRow.y + lastRow.height)).toBeGreaterThanOrEqual(16);
    // Every description starts at the same place, and a key name stays on one line.
    const starts = await dialog.locator('dd').evaluateAll((items) => items.map((item) => Math.round((item as unknown as { getBoundingClientRect(): Rect }).getBoundingClientRect().left)));
    expect(new Set(starts).size).toBe(1);
    expect(await lines(dialog.locator('kbd', { hasText: 'Down arrow' }).first())).toBe(1);
    await snap(page, 'layout-shortcuts');
    await page.keyboard.press('Escape');
  });

  it('lays an exchange rate out on one line at 1024px: a short currency select, then “1 HKD =”', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
    const row = page.locator('.rate-row').filter({ hasText: '1 HKD =' });
    await row.scrollIntoViewIfNeeded();
    expect(await lines(row.locator('span', { hasText: '1 HKD =' }))).toBe(1);
    const select = await box(row.locator('select'));
    const input = await box(row.locator('input'));
    expect(select.width).toBeLessThan(160);
    // All on one line: the select, the words, the rate and the base currency.
    expect(Math.abs(select.y + select.height / 2 - (input.y + input.height / 2))).toBeLessThan(4);
    await row.screenshot({ path: path.join(screenshotDir, 'layout-rate-row.png') });
  });
});
