// Issue 7 in the browser: every past event is editable from History with every field of its kind (a plan
// change's plan, a balance check's balance, a failed payment's reason), the number's dates are recomputed
// and said, a refused value is explained beside its field and changes nothing, and a delete asks first,
// naming the dates it recomputes.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { NumberForm, appPages } from './support/pages.ts';
import { startServer, type TestServer } from './support/server.ts';

const NOW = '2026-11-25T10:00:00Z';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

describe('editing and deleting past events from History', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let numberId = 0;
  let rows: Locator;
  let dialog: Locator;
  let form: NumberForm;

  const row = (kind: string) => rows.filter({ has: page.locator('td', { hasText: new RegExp(`^${kind}$`) }) });
  const openEdit = async (kind: string) => {
    await row(kind).getByRole('button', { name: 'Edit' }).click();
    await dialog.locator('#f-occurredOn').waitFor();
  };
  const storedEvents = async () => (await apiCall(server.url, 'events.list', { numberId })).items;

  beforeAll(async () => {
    server = await startServer({ now: NOW });
    browser = await launchBrowser();
    page = await openPage(browser);
    rows = page.locator('.history-table tbody tr');
    dialog = page.getByRole('dialog');
    form = new NumberForm(page);

    // A monthly plan paid through 30 Nov: a renewal pays one billing period, so the plan change before it
    // decides how far the renewal reaches.
    const created = await apiCall(server.url, 'numbers.create', {
      phone: '+44 7400 123456', label: 'UK plan', timeZone: 'Europe/London', expiryDate: '2026-11-30',
      planName: 'Basic', planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'months' }, rules: [{ kind: 'fee' }],
    });
    numberId = created.id;
    await apiCall(server.url, 'events.record', {
      numberId, kind: 'plan_change', occurredOn: '2026-11-01', planName: 'Plus', planCost: { amountMinor: 1500, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'months' },
    });
    await apiCall(server.url, 'events.record', { numberId, kind: 'renewal', occurredOn: '2026-11-20', amount: { amountMinor: 1500, currency: 'GBP' } });
    await apiCall(server.url, 'events.record', { numberId, kind: 'balance_check', occurredOn: '2026-11-21', balance: { amountMinor: 250, currency: 'GBP' } });
    await apiCall(server.url, 'events.record', {
      numberId, kind: 'payment_failed', occurredOn: '2026-11-22', reason: 'Card declined', method: 'Visa', amount: { amountMinor: 1500, currency: 'GBP' },
    });
    expect((await apiCall(server.url, 'numbers.get', { id: numberId })).expiryDate).toBe('2026-12-30');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a plan change with every stored field filled, its kind among them', async () => {
    await page.goto(server.url);
    await nav(page, 'History');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await row('Plan change').innerText()).toContain('Plan: Plus · Plan cost: £15.00 · Billing period: 1 month');
    expect(await row('Balance check').innerText()).toContain('Balance: £2.50');

    await openEdit('Plan change');
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Edit the plan change of Nov 1, 2026');
    expect(await form.input('kind').inputValue()).toBe('plan_change');
    expect(await form.input('occurredOn').inputValue()).toBe('2026-11-01');
    expect(await form.input('planName').inputValue()).toBe('Plus');
    expect(await form.input('planCost.amountMinor').inputValue()).toBe('15.00');
    expect(await form.input('planCost.currency').inputValue()).toBe('GBP');
    expect(await form.input('billingPeriod.count').inputValue()).toBe('1');
    expect(await form.input('billingPeriod.unit').inputValue()).toBe('months');
    expect(await dialog.innerText()).toContain('expiry date (now Dec 30, 2026) and next deadline (now Dec 30, 2026)');
    await snap(page, 'history-edit-1-plan-change');
  });

  it('saves a new plan, cost, period and date: the later renewal is replayed and the new dates are said', async () => {
    await form.fill({ occurredOn: '2026-10-28', planName: 'Max', 'planCost.amountMinor': '20' });
    await form.input('billingPeriod.count').fill('3');
    // Before saving, the core's own preview says what the edit will do to the dates.
    await expect.poll(() => dialog.locator('.preview-ready').innerText()).toContain('New expiry: Feb 28, 2027 (was Dec 30, 2026)');
    await dialog.getByRole('button', { name: 'Save' }).click();

    const notice = page.locator('.notice-area');
    await expect.poll(() => notice.innerText()).toContain('Plan change saved. New expiry: Feb 28, 2027 (was Dec 30, 2026). Next deadline: Feb 28, 2027 (was Dec 30, 2026).');
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => row('Plan change').innerText()).toContain('Plan: Max · Plan cost: £20.00 · Billing period: 3 months');
    expect(await row('Plan change').innerText()).toContain('Oct 28, 2026');
    await snap(page, 'history-edit-2-saved');

    // The number's own page shows the plan and the dates the replay gave it.
    await row('Plan change').getByRole('button', { name: 'UK plan · +44 7400 123456' }).click();
    const { detail } = appPages(page);
    await expect.poll(() => detail.detail('Plan name').innerText()).toBe('Max');
    expect(await detail.detail('Plan cost').innerText()).toBe('£20.00');
    expect(await detail.detail('Billing period').innerText()).toBe('3 months');
    expect(await detail.detail('Expiry date').innerText()).toBe('Feb 28, 2027');
    expect(await page.locator('.deadline-card').innerText()).toContain('Feb 28, 2027');
  });

  it('changes a balance check’s balance and date', async () => {
    await nav(page, 'History');
    await expect.poll(() => rows.count()).toBe(4);
    await openEdit('Balance check');
    expect(await form.input('balance.amountMinor').inputValue()).toBe('2.50');
    expect(await form.input('balance.currency').inputValue()).toBe('GBP');
    await form.fill({ occurredOn: '2026-11-23', 'balance.amountMinor': '7.25' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('Balance check').innerText()).toContain('Balance: £7.25');
    expect(await row('Balance check').innerText()).toContain('Nov 23, 2026');
    expect(await page.locator('.notice-area').innerText()).toContain('Balance check saved. Expiry stays Feb 28, 2027. Next deadline stays Feb 28, 2027.');
  });

  it('changes a failed payment’s reason and date, keeping its amount and method', async () => {
    await openEdit('Failed payment');
    expect(await form.input('reason').inputValue()).toBe('Card declined');
    expect(await form.input('amount.amountMinor').inputValue()).toBe('15.00');
    expect(await form.input('method').inputValue()).toBe('Visa');
    await form.fill({ occurredOn: '2026-11-24', reason: 'Insufficient funds' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('Failed payment').innerText()).toContain('Reason: Insufficient funds · Payment method: Visa');
    expect(await row('Failed payment').innerText()).toContain('Nov 24, 2026');
    expect(await row('Failed payment').innerText()).toContain('£15.00');
  });

  it('explains an amount that is not money and a future date beside their fields, and changes nothing', async () => {
    const before = await storedEvents();
    await openEdit('Failed payment');

    await form.fill({ 'amount.amountMinor': 'abc' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await form.errorBeside('amount.amountMinor')).invalid).toBe(true);
    expect((await form.errorBeside('amount.amountMinor')).text).toBe('Amount has the wrong format');

    await form.fill({ 'amount.amountMinor': '15.00', occurredOn: '2026-12-01' });
    expect((await form.errorBeside('amount.amountMinor')).invalid).toBe(false);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await form.errorBeside('occurredOn')).text).toBe('Date cannot be in the future (today is Nov 25, 2026 in London)');
    expect((await form.errorBeside('occurredOn')).invalid).toBe(true);
    await snap(page, 'history-edit-3-refused');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedEvents()).toEqual(before);
    expect(await row('Failed payment').innerText()).toContain('Nov 24, 2026');
  });

  it('asks before deleting, naming the event and the dates it recomputes, then says the new dates', async () => {
    await row('Renewal').getByRole('button', { name: 'Delete' }).click();
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Delete this renewal?');
    const text = await dialog.innerText();
    expect(text).toContain('Renewal of Nov 20, 2026 on UK plan · +44 7400 123456 will be removed for good.');
    await expect.poll(() => dialog.innerText()).toContain('expiry date (now Feb 28, 2027) and next deadline (now Feb 28, 2027) are then recomputed');
    await snap(page, 'history-edit-4-delete');

    // Cancel keeps it.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedEvents()).toHaveLength(4);

    await row('Renewal').getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.notice-area').innerText()).toContain('Renewal deleted. New expiry: Nov 30, 2026 (was Feb 28, 2027).');
    await expect.poll(() => rows.count()).toBe(3);
    expect((await apiCall(server.url, 'numbers.get', { id: numberId })).expiryDate).toBe('2026-11-30');
  });

  it('turns a failed payment into the renewal it was: its amount and method stay, and the renewal is replayed', async () => {
    await openEdit('Failed payment');
    await form.input('kind').selectOption('renewal');
    expect(await form.input('reason').count()).toBe(0);
    expect(await form.input('amount.amountMinor').inputValue()).toBe('15.00');
    expect(await form.input('method').inputValue()).toBe('Visa');
    await expect.poll(() => dialog.locator('.preview-ready').innerText()).toContain('New expiry: Feb 28, 2027 (was Nov 30, 2026)');
    // An existing event is saved, not recorded: the preview says so.
    expect(await dialog.locator('#preview-title').innerText()).toBe('After saving');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.locator('.notice-area').innerText()).toContain('Renewal saved. New expiry: Feb 28, 2027 (was Nov 30, 2026).');
    await expect.poll(() => row('Renewal').count()).toBe(1);
    expect(await row('Failed payment').count()).toBe(0);
    expect(await row('Renewal').innerText()).toContain('Nov 24, 2026');
    expect(await row('Renewal').innerText()).toContain('£15.00');
    const stored = (await storedEvents()).find((event) => event.occurredOn === '2026-11-24')!;
    expect(stored).toMatchObject({ kind: 'renewal', reason: '', method: 'Visa', amount: { amountMinor: 1500, currency: 'GBP' } });
    expect((await apiCall(server.url, 'numbers.get', { id: numberId })).expiryDate).toBe('2027-02-28');
  });

  it('shows the edit dialog in Chinese and in the dark theme', async () => {
    const zh = await openPage(browser, { locale: 'zh-CN', colorScheme: 'dark' });
    try {
      await zh.goto(server.url);
      await zh.getByRole('navigation').getByRole('button', { name: '历史记录', exact: true }).click();
      const zhRow = zh.locator('.history-table tbody tr').filter({ hasText: '套餐变更' });
      await zhRow.getByRole('button', { name: '编辑' }).click();
      const zhDialog = zh.getByRole('dialog');
      await zhDialog.locator('#f-occurredOn').waitFor();
      const text = await zhDialog.innerText();
      expect(await zhDialog.locator('#f-kind option:checked').innerText()).toBe('套餐变更');
      expect(text).toContain('保存后将根据历史记录重新计算该号码的到期日（当前为');
      expect(text).not.toMatch(/data\.|event\./);
      await snap(zh, 'history-edit-5-zh-dark');
      await zhDialog.locator('#f-note').fill('改了备注');
      await expect.poll(() => zhDialog.locator('#preview-title').innerText()).toBe('保存之后');
    } finally {
      await zh.context().close();
    }
  });
});
