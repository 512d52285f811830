// Switching to Chinese changes every label at once, and field errors follow the UI language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
    expect(deadline).toContain('有效期至 2026年12月20日（中国时间当天结束）：到期日为您录入的日期。');
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
    await page.getByRole('button', { name: '记录续费' }).click();
    await dialog.locator('#f-amount-amountMinor').fill('1,000');
    await dialog.locator('#f-amount-currency').fill('CNY');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.history-list > li').first().innerText()).toContain('¥1,000.00');

    // "1.500" yuan could be 1500 or 1.50: the dialog asks, and takes the full-width amount typed instead.
    await page.getByRole('button', { name: '记录续费' }).click();
    await dialog.locator('#f-amount-amountMinor').fill('1.500');
    await dialog.locator('#f-amount-currency').fill('CNY');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => dialog.locator('.field-error').allInnerTexts()).toEqual(['金额可理解为 1500 或 1.50 CNY：请写成 1500（不加千位分隔符）或 1.50']);
    await dialog.locator('#f-amount-amountMinor').fill('１８');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.history-list > li').first().innerText()).toContain('¥18.00');

    await page.getByRole('banner').getByRole('button', { name: '添加号码' }).click();
    await page.locator('#f-phone').fill('＋８５２　５１２３　７７７７');
    await expect.poll(() => page.locator('#f-country').inputValue()).toBe('HK');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('+852 5123 7777');
  });
});
