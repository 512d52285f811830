// Reaching things by keyboard: "Skip to content" is the first stop of Tab on every page, and from the list's
// search box the Down arrow (or Enter) goes to the first number found instead of through 18 more Tabs.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { SEED_NOW, seedNumbers } from './support/seed.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

interface Focused {
  tag: string;
  id: string;
  role: string;
  index: string;
  text: string;
  inMain: boolean;
}

/** What has focus: its tag, id, role and row index, its text (a row's cells), and whether it is in the page. */
const focused = (page: Page) =>
  page.evaluate<Focused>(`(() => {
    const element = document.activeElement;
    return {
      tag: element ? element.tagName : '',
      id: element ? element.id : '',
      role: (element && element.getAttribute('role')) || '',
      index: (element && element.dataset.index) || '',
      text: (element && element.innerText) || '',
      inMain: Boolean(element && element.closest('main')),
    };
  })()`);

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element);

describe('keyboard reach', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: SEED_NOW }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await seedNumbers(server.url);
  });

  it('offers "Skip to content" at the first Tab, and it lands in the page past the header and the banner', async () => {
    await page.goto(server.url);
    await page.getByRole('status', { name: 'Reminders' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to content' });
    expect(await isFocused(skip)).toBe(true);
    // Shown while it has focus: inside the window, over the header.
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.x >= 0).toBe(true);
    await snap(page, 'skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'MAIN', id: 'main-content' });
    await page.keyboard.press('Tab');
    // The first thing on the dashboard: its first count, not the header's ten buttons or the banner's links.
    const next = await focused(page);
    expect(next.inMain).toBe(true);
    expect(next.text).toContain('Lapsed');
  });

  it('moves from the search box to the first number found with the Down arrow or Enter', async () => {
    const { list } = appPages(page);
    await list.show();
    await expect.poll(() => list.rows.count()).toBe(12);
    await page.keyboard.press('/');
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', id: 'numbers-search' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ role: 'row', index: '0', text: expect.stringContaining('Old Paris SIM') });
    // The arrows go on from there as they always did.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ role: 'row', index: '1', text: expect.stringContaining('Madrid prepaid') });

    await list.searchBox.focus();
    await page.keyboard.type('tokyo');
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining('Tokyo travel SIM')]);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ role: 'row', index: '0', text: expect.stringContaining('Tokyo travel SIM') });
    // Enter again opens it, as on any row.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+81 90 1234 5678');
    await page.goBack();
  });

  it('keeps focus in the search box when nothing is found, and while the search is cleared', async () => {
    const { list } = appPages(page);
    await list.searchBox.fill('');
    await expect.poll(() => list.rows.count()).toBe(12);
    await list.searchBox.focus();
    await page.keyboard.type('zzz');
    await expect.poll(() => page.locator('.no-matches').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', id: 'numbers-search' });
    // Clearing it key by key: the list comes back and the box keeps focus (it did not vanish meanwhile).
    for (let key = 0; key < 3; key += 1) await page.keyboard.press('Backspace');
    await expect.poll(() => list.rows.count()).toBe(12);
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', id: 'numbers-search' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ role: 'row', index: '0' });
  });

  it('says so in the shortcuts list, in English and Chinese', async () => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('In the search box: go to the first number found');
    await page.keyboard.press('Escape');
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => page.getByRole('button', { name: '跳到主要内容' }).count()).toBe(1);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('?');
    await expect.poll(() => dialog.innerText()).toContain('在搜索框中：跳到第一个搜索结果');
    await page.keyboard.press('Escape');
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
  });
});
