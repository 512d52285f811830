// Switching to Chinese changes every label at once, and field errors follow the UI language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zoneName } from '#shared/locale.ts';
import { apiCall } from './support/api.ts';
import { snap } from './support/browser.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('Chinese UI', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('shows field errors in Chinese after switching language', async () => {
    const { form } = appPages(page);
    await page.goto(server.url);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('banner').getByRole('button', { name: '添加号码' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('添加号码');
    expect(await page.getByLabel('电话号码', { exact: true }).count()).toBe(1);

    // Checked here before anything is sent: US dollars have two decimals.
    await form.fill({ phone: '12345', 'planCost.amountMinor': '12.345', 'planCost.currency': 'USD' });
    await form.save('保存');
    await expect.poll(() => form.errorBeside('planCost.amountMinor')).toEqual({
      invalid: true,
      text: '套餐费用小数位数超过 USD 允许的 2 位',
    });
    await snap(page, 'zh-1-money-error');

    // Checked by the core; the sentence is still Chinese.
    await form.fill({ 'planCost.amountMinor': '12.34' });
    await form.save('保存');
    await expect.poll(() => form.errorBeside('phone')).toMatchObject({
      invalid: true,
      text: expect.stringContaining('电话号码无效：请以 + 加国家代码开头'),
    });
    expect((await form.errorBeside('planCost.amountMinor')).invalid).toBe(false);
    expect(await page.getByRole('alert').innerText()).toContain('保存前请修正 1 个问题');
    await snap(page, 'zh-2-phone-error');

    await form.fill({ phone: '+86 138 0013 8000', expiryDate: '2026-12-20', label: '上海备用号', timeZone: 'Asia/Shanghai' });
    await form.save('保存');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+86 138 0013 8000');
    const deadline = await page.getByRole('region', { name: '下一个截止日期' }).innerText();
    expect(deadline).toContain('即将到期');
    expect(deadline).toContain('25天后');
    expect(deadline).toContain('有效期至 2026年12月20日（北京时间当天结束）：到期日为您录入的日期。');
    await snap(page, 'zh-3-detail');
  });

  it('tells a number’s name (名称) from its tags (标签) on the list and the number page', async () => {
    // The number page of the number just saved: its name, then its tags.
    const details = await page.locator('dl.details-list').innerText();
    expect(details).toContain('名称\n上海备用号');
    expect(details).toMatch(/\n标签\n/);
    await page.getByRole('navigation').getByRole('button', { name: '号码', exact: true }).click();
    await expect.poll(() => page.locator('label[for="tag-filter"]').textContent()).toBe('标签');
    const headers = await page.getByRole('columnheader').allInnerTexts();
    expect(headers.some((header) => header.includes('名称'))).toBe(true);
    expect(headers.some((header) => header.includes('标签'))).toBe(false);
  });

  it('reads a renewal of "1,000" as a thousand, and amounts and numbers typed in full width', async () => {
    await page.locator('.grid-body [role="row"]').filter({ hasText: '上海备用号' }).locator('.number-link').click();
    const dialog = page.getByRole('dialog');
    // This number's renewals move no date: the dialog says so once (a warning), and a second Confirm records.
    const confirmPastWarnings = async () => {
      await dialog.getByRole('button', { name: '确认' }).click();
      await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.locator('.record-warning').count()) > 0).toBe(true);
      if ((await dialog.count()) > 0) await dialog.getByRole('button', { name: '确认' }).click();
    };
    await page.getByRole('button', { name: '记录续费' }).click();
    await dialog.locator('#f-amount-amountMinor').fill('1,000');
    await dialog.locator('#f-amount-currency').fill('CNY');
    await confirmPastWarnings();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.history-list > li').first().innerText()).toContain('¥1,000.00');

    // "1.500" yuan could be 1500 or 1.50: the dialog asks, and takes the full-width amount typed instead.
    await page.getByRole('button', { name: '记录续费' }).click();
    await dialog.locator('#f-amount-amountMinor').fill('1.500');
    await dialog.locator('#f-amount-currency').fill('CNY');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => dialog.locator('.field-error').allInnerTexts()).toEqual(['金额可理解为 1500 或 1.50 CNY：请写成 1500（不加千位分隔符）或 1.50']);
    await dialog.locator('#f-amount-amountMinor').fill('１８');
    await confirmPastWarnings();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.history-list > li').first().innerText()).toContain('¥18.00');

    await page.getByRole('banner').getByRole('button', { name: '添加号码' }).click();
    await page.locator('#f-phone').fill('＋８５２　５１２３　７７７７');
    await expect.poll(() => page.locator('#f-country').inputValue()).toBe('HK');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+852 5123 7777');
  });

  it('names a carrier’s zone in Chinese in the number page’s sentences, as the server’s reminders do', async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+1 212 555 0123', label: '纽约备用号', timeZone: 'America/New_York', expiryDate: '2026-12-20' });
    await apiCall(server.url, 'numbers.create', { phone: '+852 5123 4567', label: '香港号', timeZone: 'Asia/Hong_Kong', expiryDate: '2026-12-21' });
    // Chromium's own ICU names New York "New York" in Chinese, and Node's names Hong Kong 中国香港特别行政区.
    for (const [label, zone] of [['纽约备用号', '纽约时间'], ['香港号', '香港时间']] as const) {
      await page.getByRole('navigation').getByRole('button', { name: '号码', exact: true }).click();
      await page.locator('#numbers-search').fill(label);
      await page.locator('.grid-body [role="row"]').filter({ hasText: label }).locator('.number-link').click();
      const deadline = page.getByRole('region', { name: '下一个截止日期' });
      await expect.poll(() => deadline.innerText()).toContain(`（${zone}当天结束）`);
      // The reminders on the same page are the server's sentences: the same name.
      await expect.poll(() => page.locator('body').innerText()).toContain(`（${zone}当天结束前）续费`);
      expect(await page.locator('body').innerText()).not.toMatch(/[A-Za-z]+ ?时间/);
      // Instants on the page (lost at, added, changed) name the user's zone the same way, not "GMT+8".
      const userZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(await page.locator('body').innerText()).not.toMatch(/GMT[+-]?\d*/);
      expect(await deadline.innerText()).toContain(`（${zoneName(userZone, 'zh-CN')}）`);
    }
    await snap(page, 'zh-4-zone-names');
  });

  it('fills a carrier’s lapse phase in Chinese, the research’s words marked as the source’s, and its notes follow the language', async () => {
    const { form } = appPages(page);
    await page.getByRole('banner').getByRole('button', { name: '添加号码' }).click();
    await form.fill({ phone: '+886 912 345 678', carrier: '中華電信 預付卡 (如意卡)' });
    const suggestion = page.locator('.carrier-suggestion');
    await suggestion.getByRole('button', { name: '使用该运营商的规则' }).click();
    await expect.poll(() => form.input('lapsePhases.0.name').inputValue()).toBe('宽限期');
    expect(await form.input('lapsePhases.0.works').inputValue()).toBe('来源原文：“receive-only buffer (third-party article; unverified)”');
    await expect.poll(() => suggestion.innerText()).toContain('最低金额：每个周期 100 TWD。来源原文中的周期：“180 days (blog example)”');
    expect(await suggestion.innerText()).toContain('来源原文中的注意事项：“Tourist short-term cards');
    expect(await suggestion.innerText()).not.toContain('Minimum');
    await snap(page, 'zh-5-carrier-rules');

    // In English, the notes are English; what was filled in is the user's now and stays.
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
    await expect.poll(() => suggestion.innerText()).toContain('Minimum: 100 TWD per period. The source’s period: “180 days (blog example)”');
    expect(await form.input('lapsePhases.0.name').inputValue()).toBe('宽限期');
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => suggestion.innerText()).toContain('最低金额');
    await form.save('保存');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+886 912 345 678');
    expect(await page.getByRole('region', { name: '截止日期之后' }).innerText()).toMatch(/宽限期\s+90天/);
  });

  it('shows a catalog carrier’s notes in the language chosen, asked again when it changes', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '运营商', exact: true }).click();
    await page.locator('#carriers-search').fill('povo');
    await page.locator('.carrier-item').filter({ hasText: 'povo 2.0' }).click();
    const detail = page.locator('.carriers-main');
    await expect.poll(() => detail.innerText()).toContain('宽限期：30天 · 来源原文：“suspension before contract cancellation”');
    expect(await detail.innerText()).toContain('来源原文中的停机阶段：“cancelled: 30 days after suspension; contract cancelled, number lost”');
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
    await expect.poll(() => detail.innerText()).toContain('A lapse phase in the source: “cancelled: 30 days after suspension; contract cancelled, number lost”');
    expect(await detail.innerText()).toContain('Grace period: 30 days');
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
  });
});
