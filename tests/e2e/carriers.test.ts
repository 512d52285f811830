// The Carriers page and carrier suggestions: browse the catalog with each rule's confidence and sources,
// add a carrier (an http:// renewal page is refused beside its field), and prefill a number's rules from a
// catalog carrier without ever replacing the user's own rules unasked.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { openPage, snap } from './support/browser.ts';
import { apiCall } from './support/api.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const NOW = '2026-11-25T10:00:00Z';

// The desktop app's bridge, faked over HTTP for one page: clearing a session is what only the app can do,
// so here it is recorded in `window.clearedSessions` instead.
const FAKE_DESKTOP_BRIDGE = `
  const token = /token=([^&]+)/.exec(location.hash)?.[1] ?? '';
  window.clearedSessions = [];
  window.keepline = new Proxy({}, {
    get: (_target, method) => async (input) => {
      if (method === 'carriers.clearSession') {
        window.clearedSessions.push(input.partition);
        return { ok: true, value: { cleared: true } };
      }
      const response = await fetch('/api/' + method, {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.json();
    },
  });
`;

function carriersPage(page: Page) {
  return {
    async show(name = 'Carriers') {
      await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    },
    search: page.locator('#carriers-search'),
    item: (name: string) => page.locator('.carrier-item').filter({ has: page.locator('.carrier-item-name').getByText(name, { exact: true }) }),
    detail: page.locator('.carrier-detail'),
  };
}

describe('carriers', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, browser, page } = session));

  it('browses the catalog and shows how sure each rule is, with its sources as links out', async () => {
    const carriers = carriersPage(page);
    await page.goto(server.url);
    await carriers.show();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Carriers');

    await carriers.search.fill('giffgaff');
    await expect.poll(() => page.locator('.carrier-item').count()).toBe(1);
    // The confidence is a word beside an icon in the list, not a colour alone.
    expect(await carriers.item('giffgaff').innerText()).toContain('High confidence');
    await carriers.item('giffgaff').click();
    const detail = carriers.detail;
    await expect.poll(() => detail.locator('h2').first().textContent()).toBe('giffgaff');
    const text = await detail.innerText();
    expect(text).toContain('High confidence');
    expect(text).toContain('Researched Nov 24, 2026');
    expect(text).toContain('Use it at least every 6 months');
    expect(text).toContain('United Kingdom');
    expect(text).toContain('Europe/London');
    expect(await detail.locator('.confidence svg').count()).toBe(1);
    const source = detail.getByRole('link', { name: 'Recycling mobile numbers @ giffgaff (staff blog)' });
    expect(await source.getAttribute('href')).toBe('https://community.giffgaff.com/t5/Blog/Recycling-mobile-numbers-giffgaff/ba-p/8211666');
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await source.getAttribute('target')).toBe('_blank');

    // A rule the research is unsure of says so.
    await carriers.search.fill('Lyca Mobile');
    await carriers.item('Lyca Mobile').click();
    await expect.poll(() => detail.locator('h2').first().textContent()).toBe('Lyca Mobile');
    expect(await detail.innerText()).toContain('Low confidence');
    expect(await detail.getByRole('heading', { name: 'Caveats, as the source words them' }).count()).toBe(1);

    // A top-up table's amounts are in the carrier's currency, not bare numbers.
    await carriers.search.fill('aldi');
    await carriers.item('ALDI TALK').click();
    await expect.poll(() => detail.innerText()).toMatch(/€5\.00 → 4 months; €15\.00 → 12 months; €30\.00 → 24 months/);
  });

  it('refuses an http:// renewal page beside the field, then saves the https one and lists the carrier', async () => {
    const carriers = carriersPage(page);
    const { form } = appPages(page);
    await page.getByRole('button', { name: 'Add a carrier' }).click();
    await form.fill({ name: 'Kuwait Test Mobile', renewalUrl: 'http://topup.example/kw' });
    await form.choose('country', 'KW');
    await form.fill({ timeZone: 'Asia/Kuwait' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.errorBeside('renewalUrl')).toEqual({
      invalid: true,
      text: 'Renewal page must be an https:// address (such as https://carrier.example/top-up)',
    });
    await snap(page, 'carriers-2-https-error');

    await form.fill({ renewalUrl: 'https://topup.example/kw' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => carriers.detail.locator('h2').first().textContent()).toBe('Kuwait Test Mobile');
    expect(await carriers.detail.innerText()).toContain('Your own rule');
    expect(await carriers.detail.getByRole('link', { name: 'https://topup.example/kw' }).getAttribute('href')).toBe('https://topup.example/kw');

    await page.locator('#carriers-origin').selectOption('user');
    await carriers.search.fill('');
    await expect.poll(() => page.locator('.carrier-item-name').allInnerTexts()).toEqual(['Kuwait Test Mobile']);
  });

  it('edits a catalog carrier: only the change is kept, marked as the user’s', async () => {
    const carriers = carriersPage(page);
    const { form } = appPages(page);
    await page.locator('#carriers-origin').selectOption('all');
    await carriers.search.fill('giffgaff');
    await carriers.item('giffgaff').click();
    await carriers.detail.getByRole('button', { name: 'Edit' }).click();
    expect(await page.locator('.carrier-editor').innerText()).toContain('your edits are kept when the catalog updates');
    await form.fill({ renewalUrl: 'https://www.giffgaff.com/top-up' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => carriers.detail.innerText()).toContain('You changed: renewal page.');
    // The rule is still the research's, so its confidence stays.
    expect(await carriers.detail.innerText()).toContain('High confidence');
    await expect.poll(() => carriers.item('giffgaff').innerText()).toContain('edited by you');
    const stored = await apiCall(server.url, 'carriers.get', { id: 'gb-giffgaff' });
    expect(stored.editedFields).toEqual(['renewalUrl']);

    // Forgetting the edits asks first, then shows the catalog's facts again.
    await carriers.detail.getByRole('button', { name: 'Forget my edits' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Forget my edits' }).click();
    await expect.poll(() => carriers.detail.innerText()).not.toContain('You changed');
    expect(await carriers.detail.innerText()).not.toContain('https://www.giffgaff.com/top-up');
  });

  it('deletes the user’s own carrier after asking', async () => {
    const carriers = carriersPage(page);
    await carriers.search.fill('Kuwait Test');
    await carriers.item('Kuwait Test Mobile').click();
    await carriers.detail.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Delete Kuwait Test Mobile?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await carriers.item('Kuwait Test Mobile').count()).toBe(1);
    await carriers.detail.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => carriers.item('Kuwait Test Mobile').count()).toBe(0);
    expect((await apiCall(server.url, 'carriers.list', { search: 'Kuwait Test' })).items).toEqual([]);
  });

  it('fills a number’s rules from a catalog carrier, asking before replacing rules already entered', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+44 7400 900123', label: 'UK spare' });
    await form.choose('country', 'GB');
    // Assumed from the number until a carrier or the user says otherwise.
    await expect.poll(() => form.input('planCost.currency').inputValue()).toBe('GBP');
    await form.addRule('topup');
    await form.fill({ carrier: 'EE Pay As You Go' });
    const suggestion = page.locator('.carrier-suggestion');
    await expect.poll(() => suggestion.innerText()).toContain('High confidence');
    // Suggestions are the chosen country's carriers.
    expect(await page.locator('#carrier-suggestions option[value="EE Pay As You Go"]').count()).toBe(1);
    expect(await page.locator('#carrier-suggestions option[value="Lycamobile (ES)"]').count()).toBe(0);

    // A rule is already there: nothing changes unless the user says so.
    await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('You already entered 1 rule(s) and 0 lapse phase(s).');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    expect(await form.input('rules.0.every.count').inputValue()).toBe('6');
    expect(await form.input('rules.0.every.unit').inputValue()).toBe('months');

    await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await dialog.getByRole('button', { name: 'Replace them' }).click();
    await expect.poll(() => form.input('rules.0.every.count').inputValue()).toBe('179');
    expect(await form.input('rules.0.every.unit').inputValue()).toBe('days');
    expect(await form.input('timeZone').inputValue()).toBe('Europe/London');
    expect(await form.input('lapsePhases.0.name').inputValue()).toBe('Grace period');
    expect(await form.input('lapsePhases.0.length.count').inputValue()).toBe('90');
    const note = await suggestion.innerText();
    expect(note).toContain('Filled in from EE Pay As You Go: rules, time zone, and lapse phases.');
    expect(note).toContain('Source: What is pay as you go and flex hibernation, and how do I stop it? (EE staff post) · researched Nov 24, 2026');
    await snap(page, 'carriers-3-number-form-suggestion');

    await form.fill({ 'rules.0.lastOn': '2026-10-01' });
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+44 7400 900123');
    // 1 Oct + 179 days = 29 Mar 2027, end of that day in London.
    const deadline = page.getByRole('region', { name: 'Next deadline' });
    await expect.poll(() => deadline.innerText()).toContain(
      'Use the number by Mar 29, 2027 (end of day, London time): last qualifying activity on Oct 1, 2026, as you entered it + 179 days.',
    );
    expect(await page.getByRole('region', { name: 'After the deadline' }).innerText()).toMatch(/Grace period\s+90 days/);
  });

  it('names only what a carrier’s rules filled in: giffgaff has no lapse phases', async () => {
    const { form } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+44 7400 900456', carrier: 'giffgaff' });
    const suggestion = page.locator('.carrier-suggestion');
    await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await expect.poll(() => suggestion.locator('.carrier-filled').innerText()).toBe('Filled in from giffgaff: rules and time zone. Check them against your plan.');
    expect(await form.input('timeZone').inputValue()).toBe('Europe/London');
    expect(await form.input('lapsePhases.0.name').count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('gives a currency only assumed from the number way to the carrier’s', async () => {
    const { form } = appPages(page);
    const cmhk = (await apiCall(server.url, 'carriers.get', { id: 'hk-cmhk-prepaid' })) as { name: string };
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    // A mainland number on a Hong Kong plan: yuan assumed from +86, Hong Kong dollars once the carrier is picked.
    await form.fill({ phone: '+86 138 0013 8000' });
    await expect.poll(() => form.input('planCost.currency').inputValue()).toBe('CNY');
    await form.fill({ carrier: cmhk.name });
    await page.locator('.carrier-suggestion').getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await expect.poll(() => form.input('planCost.currency').inputValue()).toBe('HKD');
    expect(await page.locator('#f-planCost-currency-hint').count()).toBe(0);
    // Cancel leaves the half-filled form without asking.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('lists carrier sessions, and says they exist only in the desktop app', async () => {
    const carriers = carriersPage(page);
    await carriers.show();
    const sessions = page.getByRole('region', { name: 'Carrier sessions' });
    await expect.poll(() => sessions.innerText()).toContain('EE Pay As You Go');
    const text = await sessions.innerText();
    expect(text).toContain('No account reference');
    expect(text).toContain('+44 7400 900123');
    expect(text).toContain('Sessions exist only in the desktop app');
    // No carrier windows here, so nothing offers to clear one.
    expect(await sessions.getByRole('button', { name: 'Sign out and clear this session’s data' }).count()).toBe(0);

    // An account shared by many numbers: counted, five named, the rest on request.
    for (let n = 1; n <= 7; n += 1) {
      await apiCall(server.url, 'numbers.create', { phone: `+44 7400 90020${n}`, timeZone: 'Europe/London', label: `EE line ${n}`, carrier: 'EE Pay As You Go' });
    }
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard', exact: true }).click();
    await carriers.show();
    const shared = sessions.locator('.session-item').filter({ hasText: 'EE Pay As You Go' });
    await expect.poll(() => shared.innerText()).toContain('8 numbers: ');
    expect((await shared.locator('.session-numbers').innerText()).match(/\+44/g)).toHaveLength(5);
    await shared.getByRole('button', { name: 'and 3 more' }).click();
    expect((await shared.locator('.session-numbers').innerText()).match(/\+44/g)).toHaveLength(8);
    expect(await shared.innerText()).toContain('+44 7400 900207');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Carrier sessions' }).innerText()).toContain('EE Pay As You Go');
  });

  it('in the desktop app, signs out of a session after asking', async () => {
    const desktop = await openPage(browser);
    await desktop.addInitScript(FAKE_DESKTOP_BRIDGE);
    await desktop.goto(server.url);
    await carriersPage(desktop).show();
    const sessions = desktop.getByRole('region', { name: 'Carrier sessions' });
    await expect.poll(() => sessions.innerText()).toContain('EE Pay As You Go');
    expect(await sessions.innerText()).not.toContain('Sessions exist only in the desktop app');
    await sessions.getByRole('button', { name: 'Sign out and clear this session’s data' }).click();
    const dialog = desktop.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Sign out of EE Pay As You Go?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await desktop.evaluate('window.clearedSessions.length')).toBe(0);
    await sessions.getByRole('button', { name: 'Sign out and clear this session’s data' }).click();
    await dialog.getByRole('button', { name: 'Sign out and clear' }).click();
    await expect.poll(() => desktop.locator('.notice').innerText()).toContain('Signed out of EE Pay As You Go; its session data is gone.');
    const [partition] = (await apiCall(server.url, 'carriers.sessions', {})).items.map((session) => session.partition);
    expect(await desktop.evaluate('window.clearedSessions')).toEqual([partition]);
    await desktop.context().close();
  });

  it('looks right in both languages, light and dark, and passes an axe scan', async () => {
    for (const [locale, nav] of [['en-US', 'Carriers'], ['zh-CN', '运营商']] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const view = await openPage(browser, { locale, colorScheme });
        const carriers = carriersPage(view);
        await view.goto(server.url);
        await carriers.show(nav);
        await carriers.search.fill('EE');
        await carriers.item('EE Pay As You Go').click();
        await expect.poll(() => carriers.detail.locator('h2').first().textContent()).toBe('EE Pay As You Go');
        await view.evaluate('document.fonts.ready');
        if (locale === 'zh-CN') expect(await carriers.detail.innerText()).toContain('可信度高');
        // One scan per language and scheme pair is enough to cover both languages and both palettes.
        if ((locale === 'en-US') === (colorScheme === 'light')) {
          expect({ locale, colorScheme, violations: await seriousViolations(view) }).toEqual({ locale, colorScheme, violations: [] });
        }
        await snap(view, `carriers-1-${locale === 'en-US' ? 'en' : 'zh-CN'}-${colorScheme}`);
        await view.context().close();
      }
    }
  });
});

// Each in a fresh app: the numbers they add would show up in the carrier sessions above.
describe('carrier rules on a number', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: NOW }, (session) => ({ server, page } = session));

  it('keeps a carrier’s tier amounts as money when the number is saved with no plan cost', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    await form.fill({ phone: '+49 1520 1234567', carrier: 'ALDI TALK' });
    await page.locator('.carrier-suggestion').getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await expect.poll(() => form.input('planCost.currency').inputValue()).toBe('EUR');
    expect(await form.input('planCost.amountMinor').inputValue()).toBe('');
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+49 1520 1234567');
    const rules = page.getByRole('region', { name: 'What keeps it alive' });
    await expect.poll(() => rules.innerText()).toContain('€5.00 → 4 months; €15.00 → 12 months; €30.00 → 24 months');

    // Editing reads the tiers back in euros, and saving again keeps them.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect.poll(() => form.input('planCost.currency').inputValue()).toBe('EUR');
    expect(await form.input('rules.0.extension.tiers.1.minAmountMinor').inputValue()).toBe('15.00');
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+49 1520 1234567');
    await expect.poll(() => rules.innerText()).toContain('€5.00 → 4 months; €15.00 → 12 months; €30.00 → 24 months');
  });

  it('after filling in a fee rule with no billing period, says so and takes the user to that field', async () => {
    const { form, detail } = appPages(page);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add a number' }).click();
    // Typed as people know the carrier: its company's name, not the catalog entry's.
    await form.fill({ phone: '+965 6000 4321', carrier: 'GULFSIP' });
    const suggestion = page.locator('.carrier-suggestion');
    await suggestion.getByRole('button', { name: 'Use this carrier’s rules' }).click();
    await expect.poll(() => suggestion.innerText()).toContain('The source gives no billing period: enter the one on your plan.');
    expect(await suggestion.innerText()).toContain('The recurring-fee rule needs your plan’s billing period.');
    expect(await page.locator('#f-billingPeriod-hint').innerText()).toBe('Needed by the recurring-fee rule: the period on your plan.');

    await suggestion.getByRole('button', { name: 'Enter the billing period' }).click();
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('f-billingPeriod-count');
    await page.keyboard.type('1');
    await expect.poll(() => suggestion.innerText()).not.toContain('The recurring-fee rule needs your plan’s billing period.');
    expect(await page.locator('#f-billingPeriod-hint').count()).toBe(0);
    await form.save();
    await expect.poll(() => detail.heading.textContent()).toBe('+965 6000 4321');
  });
});
