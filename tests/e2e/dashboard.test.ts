// The start page: counts that match the data and lead to exactly those numbers, the 90-day timeline and
// the most urgent numbers with a one-click renewal; no serious accessibility violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import { SEED_COUNTS, SEED_NOW, seedNumbers } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

describe('dashboard', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ now: SEED_NOW });
    await seedNumbers(server.url);
    browser = await launchBrowser();
    page = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const count = (key: string) => page.locator(`[data-count="${key}"] .count-value`).textContent();

  it('shows counts that match the data, each opening the list filtered to those numbers', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await expect.poll(() => count('lost')).toBe(String(SEED_COUNTS.lost));
    expect(await count('grace')).toBe(String(SEED_COUNTS.grace));
    expect(await count('dueIn7')).toBe(String(SEED_COUNTS.dueIn7));
    expect(await count('dueIn30')).toBe(String(SEED_COUNTS.dueIn30));
    await snap(page, 'dashboard-en-light');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('[data-count="grace"]').click();
    await expect.poll(async () => (await list.rowTexts()).length).toBe(SEED_COUNTS.grace);
    const overdue = (await list.rowTexts()).join('\n');
    expect(overdue).toContain('Madrid prepaid');
    expect(overdue).toContain('Kuwait eSIM');

    await page.goBack();
    await page.locator('[data-count="dueIn7"]').click();
    await expect.poll(async () => (await list.rowTexts()).length).toBe(SEED_COUNTS.dueIn7);
    expect(await list.rowTexts()).toEqual([
      expect.stringContaining('Sydney SIM'),
      expect.stringContaining('Berlin prepaid'),
      expect.stringContaining('Tokyo travel SIM'),
    ]);
    // The filter shows as a chip that removes it.
    await page.getByRole('button', { name: 'Remove filter: Due within 7 days' }).click();
    await expect.poll(async () => (await list.rowTexts()).length).toBe(12);
  });

  it('puts each upcoming deadline on the timeline, with details on focus, opening the number', async () => {
    await page.goto(server.url);
    const marks = page.locator('.timeline-svg .mark');
    // Within 90 days: Sydney, Berlin, Tokyo, US, UK, Singapore, Shanghai.
    await expect.poll(() => marks.count()).toBe(7);
    const sydney = page.getByRole('link', { name: /\+61 412 345 678 Sydney SIM: Due soon/ });
    await sydney.focus();
    await expect.poll(() => page.locator('.timeline-detail').textContent()).toContain('+61 412 345 678 Sydney SIM: Due soon, deadline Nov 25, 2026 (today)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+61 412 345 678');
  });

  it('lists the five most urgent numbers, overdue first, each with a one-click renewal', async () => {
    await page.goto(server.url);
    const urgent = page.getByRole('region', { name: 'Most urgent' }).locator('.urgent-item');
    await expect.poll(() => urgent.count()).toBe(5);
    expect(await urgent.allInnerTexts()).toEqual([
      expect.stringContaining('Madrid prepaid'),
      expect.stringContaining('Kuwait eSIM'),
      expect.stringContaining('Sydney SIM'),
      expect.stringContaining('Berlin prepaid'),
      expect.stringContaining('Tokyo travel SIM'),
    ]);
    await page.getByRole('button', { name: 'Record renewal for +81 90 1234 5678' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.dialog-subtitle').textContent()).toBe('+81 90 1234 5678 · Tokyo travel SIM');
    expect(await dialog.locator('#f-amount-currency').inputValue()).toBe('JPY');
    await snap(page, 'dashboard-record-renewal');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('records a renewal for the most urgent number when R is pressed', async () => {
    await page.goto(server.url);
    const first = page.getByRole('region', { name: 'Most urgent' }).locator('.urgent-item').first();
    await expect.poll(() => first.innerText()).toContain('Madrid prepaid');
    const phone = await first.locator('.number-link').textContent();
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.dialog-subtitle').textContent()).toBe(`${phone} · Madrid prepaid`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // The shortcuts help says what R does here.
    await page.keyboard.press('?');
    await expect.poll(() => dialog.textContent()).toContain('on the dashboard, the first in Most urgent');
    await page.keyboard.press('Escape');
  });

  it('explains Keepline on first run, with a way to import a spreadsheet', async () => {
    const empty = await startServer({ now: SEED_NOW });
    try {
      const fresh = await openPage(browser);
      await fresh.goto(empty.url);
      const state = fresh.locator('.empty-state');
      await expect.poll(() => state.isVisible()).toBe(true);
      expect(await state.innerText()).toContain('Keepline tracks prepaid SIMs');
      const importButton = state.getByRole('button', { name: 'Import a spreadsheet' });
      expect(await importButton.getAttribute('aria-disabled')).toBeNull();
      expect(await seriousViolations(fresh)).toEqual([]);
      await snap(fresh, 'dashboard-first-run');
      await state.getByRole('button', { name: 'Add a number' }).click();
      await expect.poll(() => fresh.getByRole('heading', { level: 1 }).textContent()).toBe('Add a number');
    } finally {
      await empty.stop();
    }
  });
});
