// A due number's reminder reaches the user in the browser, where no OS notifications exist: the banner
// runs the due-scan, the inbox lists what fired, and the number's Reminders card shows every reminder.
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { launchBrowser, openPage, snap } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('reminders in the window', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 5678', label: 'Tokyo <b>data</b>', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-30' });
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 1234', label: 'Kuwait later', timeZone: 'Asia/Kuwait', expiryDate: '2027-06-30' });
  });

  it('shows the due reminder in the banner and the inbox, and dismissing it clears the banner', async () => {
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await expect.poll(() => banner.textContent()).toContain('1 reminder needs your attention');
    expect(await banner.textContent()).toContain('Tokyo <b>data</b> · +81 90 1234 5678');
    expect(await banner.textContent()).toContain('Renew by Nov 30, 2026 (end of day, Tokyo time): 5 days left.');
    expect(await page.locator('b:text("data")').count()).toBe(0);
    await snap(page, 'reminders-banner');
    // Its texts follow the language at once, not at the next refresh a minute later.
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => page.locator('.reminder-banner').textContent(), { timeout: 5000 }).toMatch(/东京时间|截止|续费/);
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
    await expect.poll(() => banner.textContent()).toContain('Renew by Nov 30, 2026');

    await page.getByRole('button', { name: 'Open the inbox' }).click();
    const inbox = page.getByRole('list', { name: 'Reminders inbox' });
    await expect.poll(() => inbox.locator('li').count()).toBe(1);
    expect(await inbox.textContent()).toContain('Shown');
    await snap(page, 'reminders-inbox');

    await inbox.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => inbox.textContent()).toContain('Dismissed');
    await expect.poll(() => banner.count(), { timeout: 5000 }).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Reminders inbox' }).count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Reminders' }).count()).toBe(0);
  });

  it('lists a number\'s planned reminders with their state on its page', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the inbox' }).or(page.getByRole('button', { name: 'Reminders', exact: true })).first().click();
    await page.getByRole('button', { name: 'Open number' }).click();
    const card = page.getByRole('region', { name: 'Reminders' });
    await expect.poll(() => card.locator('li').count()).toBe(3); // 7 days (dismissed), 1 day, on the day
    const upcoming = card.getByRole('list', { name: 'Coming up' });
    expect(await upcoming.locator('li').allTextContents()).toEqual([
      expect.stringContaining('Renew by tomorrow, Nov 30, 2026'),
      expect.stringContaining('Renew today: the deadline ends tonight'),
    ]);
    // The dismissed one is folded away under Earlier.
    const earlier = card.locator('details', { hasText: 'Earlier (1)' });
    expect(await earlier.locator('li').textContent()).toContain('Dismissed');
    expect(await earlier.locator('li').isVisible()).toBe(false);
    await snap(page, 'reminders-card');

    // Snooze the next planned one until a chosen time: it shows as snoozed, and asks for attention.
    const planned = upcoming.locator('li').first();
    // Not yet fired, it moves only to a chosen time: no "in an hour", which would bring it forward.
    expect(await planned.getByRole('button', { name: 'Snooze 1 hour' }).count()).toBe(0);
    await planned.getByLabel('Move this planned reminder to this date and time').fill('2026-11-27T18:30');
    await planned.getByRole('button', { name: 'Move to' }).click();
    const snoozed = card.getByRole('list', { name: 'Needs attention' }).locator('li');
    await expect.poll(() => snoozed.textContent()).toContain('Snoozed');
    expect(await snoozed.textContent()).toContain('Nov 27, 2026');
  });

  it("folds away all but the next three of a month of grace's daily reminders", async () => {
    const number = await apiCall(server.url, 'numbers.create', {
      phone: '+44 7911 123456',
      label: 'London grace',
      timeZone: 'Europe/London',
      expiryDate: '2026-12-10',
      billingPeriod: { count: 1, unit: 'months' },
      lapsePhases: [{ name: 'Grace', length: { count: 30, unit: 'days' } }],
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    const card = page.getByRole('region', { name: 'Reminders' });
    const upcoming = card.getByRole('list', { name: 'Coming up' });
    await expect.poll(() => upcoming.locator('li').count()).toBe(3);
    // 7 and 1 days before, on the day, 29 overdue days and the last day of grace: 33 planned ("30 days before"
    // is due already, so it asks for attention). The overdue days are planned as each begins, so until then
    // they are one line.
    expect(await card.getByRole('list', { name: 'Needs attention' }).textContent()).toContain('15 days left');
    const fold = card.locator('details', { hasText: '30 more planned reminders' });
    expect(await fold.locator('li').count()).toBe(2);
    expect(await fold.locator('li').first().textContent()).toContain('Every day from Dec 11, 2026 to Jan 8, 2027 (29 reminders)');
    expect(await fold.locator('li').first().isVisible()).toBe(false);
    await fold.locator('summary').click();
    await expect.poll(() => fold.locator('li').last().textContent()).toContain('Last day of grace');
    await snap(page, 'reminders-card-folded');

    // A renewal moves the deadline a month on: the old plan, retired before any of it fired, is not listed.
    await apiCall(server.url, 'events.record', { numberId: number.id, kind: 'renewal' });
    await page.reload();
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    await expect.poll(() => upcoming.locator('li').first().textContent()).toContain('Renew by Jan 10, 2027');
    expect(await card.locator('details', { hasText: 'Earlier' }).count()).toBe(0);
  });

  it('says a reminder whose time has come but that is held (paused) is due, not that it fires', async () => {
    await apiCall(server.url, 'reminders.pause', { minutes: 60 });
    // 7 days before 27 Nov in Tokyo began at 15:00 UTC on 19 Nov: due already, and held by the pause.
    const number = await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 9999', label: 'Tokyo held', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-27' });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    const card = page.getByRole('region', { name: 'Reminders' });
    const held = card.getByRole('list', { name: 'Needs attention' }).locator('li');
    await expect.poll(() => held.textContent()).toContain('Due now, not shown yet');
    expect(await held.textContent()).toContain('Renew by Nov 27, 2026');
    expect(await card.getByRole('list', { name: 'Coming up' }).locator('li').first().textContent()).toContain('Fires Nov 25, 2026, 3:00 PM');
    // Its time has come, so the snooze presets apply, as to one shown.
    expect(await held.getByRole('button', { name: 'Snooze 1 hour' }).count()).toBe(1);
    await snap(page, 'reminders-held-due');
    await apiCall(server.url, 'reminders.pause', { minutes: 0 });
  });

  it('says why a number past its deadline and every grace phase has no reminders', async () => {
    const number = await apiCall(server.url, 'numbers.create', { phone: '+44 7400 654399', label: 'London gone', timeZone: 'Europe/London', expiryDate: '2026-11-20' });
    expect(number.status.state).toBe('lost');
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Reminders' }).innerText()).toContain(
      'No reminders: the deadline and every grace phase have passed, so the number is counted as lost.',
    );
  });

  it("does not list a new number's lead reminder whose day has passed as coming up", async () => {
    await apiCall(server.url, 'reminders.pause', { minutes: 60 });
    // 13 days before its deadline: "30 days before" (8 Nov) is due at once, and held by the pause.
    const number = await apiCall(server.url, 'numbers.create', { phone: '+44 7400 654321', label: 'London new', timeZone: 'Europe/London', expiryDate: '2026-12-08' });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    const card = page.getByRole('region', { name: 'Reminders' });
    const upcoming = card.getByRole('list', { name: 'Coming up' }).locator('li');
    await expect.poll(() => upcoming.count()).toBe(3);
    expect(await upcoming.allTextContents()).toEqual([
      expect.stringContaining('Fires Dec 1, 2026'),
      expect.stringContaining('Fires Dec 7, 2026'),
      expect.stringContaining('Fires Dec 8, 2026'),
    ]);
    const due = card.getByRole('list', { name: 'Needs attention' }).locator('li');
    expect(await due.textContent()).toContain('13 days left');
    expect(await due.textContent()).toContain('Due now, not shown yet');
    expect(await due.textContent()).not.toContain('Nov 8');
    await apiCall(server.url, 'reminders.pause', { minutes: 0 });
  });

  it('pauses every reminder for an hour from the inbox, and resumes them', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the inbox' }).or(page.getByRole('button', { name: 'Reminders', exact: true })).first().click();
    const control = page.getByRole('group', { name: 'Pause reminders' });
    await control.getByRole('button', { name: 'Pause reminders for 1 hour' }).click();
    // The server's clock reads 10:00 UTC: paused until 11:00, kept in the database for the tray and every window.
    await expect.poll(() => control.textContent()).toContain('Reminders paused until Nov 25, 2026, 11:00 AM');
    expect((await apiCall(server.url, 'reminders.trayState', {})).pausedUntil).toBe('2026-11-25T11:00:00.000Z');
    await snap(page, 'reminders-paused');
    await page.reload();
    await expect.poll(() => control.textContent()).toContain('Reminders paused until');

    await control.getByRole('button', { name: 'Resume reminders' }).click();
    await expect.poll(() => control.getByRole('button', { name: 'Pause reminders for 1 hour' }).count()).toBe(1);
    expect((await apiCall(server.url, 'reminders.trayState', {})).pausedUntil).toBeNull();
  });
});

describe('reminders held by quiet hours', () => {
  let server: TestServer;
  let page: Page;
  // 23:30 in London, inside quiet hours from 22:00 to 07:00.
  useAppSession({ now: '2026-11-25T23:30:00Z', zone: 'Europe/London' }, (session) => ({ server, page } = session));

  it('says on the number and in the inbox that quiet hours hold them, and until when', async () => {
    await apiCall(server.url, 'settings.update', { quietHours: { start: '22:00', end: '07:00' } });
    // 7 days before 30 Nov in Tokyo began on 23 Nov: due already, and held by quiet hours.
    const number = await apiCall(server.url, 'numbers.create', { phone: '+81 90 1234 7777', label: 'Tokyo quiet', timeZone: 'Asia/Tokyo', expiryDate: '2026-11-30' });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.getByText(number.label).first().click();
    const card = page.getByRole('region', { name: 'Reminders' });
    await expect.poll(() => card.getByRole('list', { name: 'Needs attention' }).textContent()).toContain('Due now, not shown yet');
    await expect.poll(() => card.textContent()).toContain('Quiet hours: reminders wait until 07:00.');
    await snap(page, 'reminders-quiet-hours-card');

    await page.getByRole('navigation').getByRole('button', { name: 'Reminders', exact: true }).click();
    const inbox = page.getByRole('region', { name: 'Reminders inbox' });
    await expect.poll(() => inbox.textContent()).toContain('Quiet hours: reminders wait until 07:00.');
    await page.getByLabel('Language', { exact: true }).first().selectOption('zh-CN');
    await expect.poll(() => page.locator('.hold-note').textContent()).toBe('免打扰时段：提醒将等到 07:00 再发出。');
    await page.getByLabel('语言', { exact: true }).first().selectOption('en');
  });
});

describe('a pause that ends while the inbox is open', () => {
  // On the real clock: the pause must end while the page watches.
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('offers Pause again once the pause is over, without a reload', async () => {
    const page = await openPage(browser);
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Reminders', exact: true }).click();
    const control = page.getByRole('group', { name: 'Pause reminders' });
    await control.getByRole('button', { name: 'Pause reminders for 1 hour' }).waitFor();
    // A pause with three seconds left, as the tray or another window would have left it.
    const db = new Database(server.dbFile);
    db.prepare("INSERT INTO reminder_meta (key, value) VALUES ('paused_until', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      new Date(Date.now() + 3000).toISOString(),
    );
    db.close();
    await page.reload();
    await expect.poll(() => control.textContent()).toContain('Reminders paused until');
    await expect.poll(() => control.getByRole('button', { name: 'Pause reminders for 1 hour' }).count(), { timeout: 10_000 }).toBe(1);
  });
});

describe('an agency’s inbox, after importing lapsing numbers', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));
  const NUMBERS = 120;

  it('counts every reminder that waits, not only those fetched, and dismisses them all after asking', async () => {
    // Due in three days: each number's "7 days before" is due at once (the 30-day one is past news).
    const lines = ['Phone,Expires'];
    for (let i = 0; i < NUMBERS; i += 1) lines.push(`+965 6${String(i).padStart(7, '0')},2026-11-28`);
    await page.goto(server.url);
    const banner = page.getByRole('status', { name: 'Reminders' });
    await page.getByRole('navigation').getByRole('button', { name: 'Import & export', exact: true }).click();
    await page.locator('#import-file').setInputFiles({ name: 'agency.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
    await page.getByRole('button', { name: `Import ${NUMBERS} numbers` }).click();
    await expect.poll(() => page.locator('.import-done').textContent(), { timeout: 30_000 }).toContain(`${NUMBERS} added`);
    // The banner looks as soon as the import is done, not at its next minute.
    await expect.poll(() => banner.textContent(), { timeout: 5000 }).toContain(`${NUMBERS} reminders need your attention`);
    await page.getByRole('button', { name: 'Open the inbox' }).click();
    const inbox = page.getByRole('list', { name: 'Reminders inbox' });
    await expect.poll(() => inbox.locator('li').count()).toBe(100);
    expect(await page.locator('.inbox-waiting').textContent()).toBe(`${NUMBERS} wait for you`);
    await snap(page, 'reminders-inbox-agency');

    await page.getByRole('button', { name: `Dismiss all ${NUMBERS}` }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(`Dismiss ${NUMBERS} reminders?`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await apiCall(server.url, 'reminders.inbox', {})).unacknowledged).toBe(NUMBERS);

    await page.getByRole('button', { name: `Dismiss all ${NUMBERS}` }).click();
    await dialog.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain(`${NUMBERS} reminders dismissed.`);
    await expect.poll(() => page.locator('.inbox-waiting').count()).toBe(0);
    await expect.poll(() => inbox.locator('li', { hasText: 'Dismissed' }).count()).toBe(100);
    expect((await apiCall(server.url, 'reminders.inbox', {})).unacknowledged).toBe(0);
    // The banner follows at once, not at its next minute.
    await expect.poll(() => banner.count(), { timeout: 5000 }).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Reminders inbox' }).count()).toBe(1);
    expect(await page.getByRole('status', { name: 'Reminders' }).count()).toBe(0);
  });
});
