// Every page in English and Simplified Chinese, light and dark: switching language leaves no English UI
// text behind, the theme setting overrides the OS, and each page passes an axe-core scan.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/renderer/i18n/en.ts';
import { zhCN } from '../../src/renderer/i18n/zh-CN.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { SEED, SEED_NOW, seedNumbers } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value: unknown) => (typeof value === 'string' ? [value] : leaves(value as object)));
}

// English UI strings that Chinese does not share (brand and language names are the same in both), as
// whole-word patterns; placeholders split a sentence into the fixed parts that must not show.
const zhValues = new Set(leaves(zhCN));
const englishPatterns = [
  ...new Set(
    leaves(en)
      .filter((text) => !zhValues.has(text))
      .flatMap((text) => text.split(/\{\{[^}]+\}\}/))
      .map((part) => part.trim())
      .filter((part) => /[A-Za-z]{3}/.test(part) && part.length >= 4),
  ),
].map((part) => new RegExp(`(^|[^A-Za-z])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`));

// What the user typed is theirs, in whatever language: it is taken out before looking for English.
const userText = SEED.flatMap((number) => [number.label, number.owner, number.carrier, ...(number.lapsePhases ?? []).flatMap((phase) => [phase.name, phase.works])])
  .filter((text): text is string => Boolean(text))
  .sort((a, b) => b.length - a.length);

async function englishLeft(page: Page, selector = 'body'): Promise<string[]> {
  let text = await page.locator(selector).innerText();
  for (const typed of userText) text = text.replaceAll(typed, ' ');
  return englishPatterns.filter((pattern) => pattern.test(text)).map((pattern) => pattern.source);
}

const PAGES = ['dashboard', 'list', 'detail', 'settings'] as const;

describe('languages and themes', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Map<string, number>;

  beforeAll(async () => {
    server = await startServer({ now: SEED_NOW });
    ids = await seedNumbers(server.url);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function visit(page: Page, which: (typeof PAGES)[number], names: { numbers: string; settings: string }) {
    const nav = page.getByRole('navigation');
    if (which === 'dashboard') await page.getByRole('banner').locator('.brand').click();
    if (which === 'list' || which === 'detail') await nav.getByRole('button', { name: names.numbers, exact: true }).click();
    if (which === 'detail') await page.locator('.grid-body [role="row"]').filter({ hasText: 'Madrid prepaid' }).click();
    if (which === 'settings') await nav.getByRole('button', { name: names.settings, exact: true }).click();
    await page.waitForSelector(which === 'dashboard' ? '.count-cards' : which === 'list' ? '.grid-body [role="row"]' : which === 'detail' ? '.detail-grid' : '.settings-card');
    await page.evaluate('document.fonts.ready');
  }

  it('shows every page in Chinese with no English UI text left, in light and dark', async () => {
    const page = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('今日概览');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const which of PAGES) {
        await visit(page, which, { numbers: '号码', settings: '设置' });
        expect({ page: which, english: await englishLeft(page) }).toEqual({ page: which, english: [] });
        await snap(page, `${which}-zh-CN-${theme}`);
      }
    }
    expect(ids.size).toBe(12);
  });

  it('shows every page in English in light and dark, each passing an axe scan', async () => {
    const page = await openPage(browser, { locale: 'en-US' });
    await page.goto(server.url);
    // The Chinese visit above saved no language: the OS language (English here) still decides.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('Today');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const which of PAGES) {
        await visit(page, which, { numbers: 'Numbers', settings: 'Settings' });
        expect({ page: which, theme, violations: await seriousViolations(page) }).toEqual({ page: which, theme, violations: [] });
        await snap(page, `${which}-en-${theme}`);
      }
    }
  });

  it('switches language from settings without a restart, and the header switch agrees', async () => {
    const page = await openPage(browser, { locale: 'en-US' });
    await page.goto(server.url);
    await visit(page, 'settings', { numbers: 'Numbers', settings: 'Settings' });
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('设置');
    await expect.poll(() => page.locator('#language').inputValue()).toBe('zh-CN');
    // The page itself; the reminders banner's sentences come from the core and follow on its next refresh.
    expect(await englishLeft(page, 'main')).toEqual([]);
    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    await expect.poll(() => page.locator('#settings-language').inputValue()).toBe('en');
    await page.locator('#settings-language').selectOption('system');
  });

  it('pins dark or light whatever the OS says, and remembers it', async () => {
    const page = await openPage(browser, { locale: 'en-US', colorScheme: 'light' });
    await page.goto(server.url);
    await visit(page, 'settings', { numbers: 'Numbers', settings: 'Settings' });
    const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(await background()).toBe('rgb(246, 247, 249)');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(background).toBe('rgb(20, 23, 27)');
    await page.reload();
    await expect.poll(background).toBe('rgb(20, 23, 27)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit(page, 'settings', { numbers: 'Numbers', settings: 'Settings' });
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(background).toBe('rgb(246, 247, 249)');
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(background).toBe('rgb(20, 23, 27)');
  });
});
