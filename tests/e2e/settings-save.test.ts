// Settings saved from the page reach the core, and a refused value is explained beside its field; a failed
// backup is shown on every page until one succeeds.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

describe('settings page', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  it('saves reminder timing, and refuses keeping zero backups beside the field', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const reminders = page.locator('#settings-reminders-title').locator('..');
    await reminders.getByRole('textbox', { name: 'Remind me this many days' }).fill('14, 3, 0');
    await reminders.getByRole('spinbutton').fill('10');
    await reminders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await apiCall(server.url, 'settings.get', {})).settings.scanIntervalMinutes).toBe(10);
    expect((await apiCall(server.url, 'settings.get', {})).settings.leadTimesDays).toEqual([14, 3, 0]);

    const backups = page.locator('#settings-backups-title').locator('..');
    await backups.getByRole('spinbutton').fill('0');
    await backups.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => backups.innerText()).toMatch(/at least 1/i);
    expect((await apiCall(server.url, 'settings.get', {})).settings.backupsToKeep).toBe(14);
  });

  it('says what is wrong with the reminder days, as the core would', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const reminders = page.locator('#settings-reminders-title').locator('..');
    const days = reminders.getByRole('textbox', { name: 'Remind me this many days' });
    const expected: [string, string][] = [
      ['400', 'Reminder days is too large (at most 365)'],
      ['-1', 'Reminder days is too small (at least 0)'],
      ['7, 7, 1', 'Reminder days lists the same value twice'],
      ['1.5', 'Reminder days must be a whole number'],
      ['', 'Reminder days is required'],
      ['60, 45, 30, 21, 14, 10, 7, 5, 3, 1, 0', 'Reminder days has too many entries (at most 10)'],
      ['a week', 'Reminder days has the wrong format'],
    ];
    for (const [text, message] of expected) {
      await days.fill(text);
      await reminders.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => reminders.locator('.field-error').innerText()).toBe(message);
    }
    expect((await apiCall(server.url, 'settings.get', {})).settings.leadTimesDays).toEqual([14, 3, 0]);
  });

  it('turns quiet hours on with their times, explains a missing time beside it, and turns them off', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const reminders = page.locator('#settings-reminders-title').locator('..');
    const from = reminders.getByLabel('Quiet from');
    expect(await from.isDisabled()).toBe(true);
    await reminders.getByRole('checkbox', { name: 'Quiet hours' }).check();
    await from.fill('22:30');
    await reminders.getByLabel('Quiet until').fill('');
    await reminders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => reminders.innerText()).toContain('End of quiet hours is required');
    expect((await apiCall(server.url, 'settings.get', {})).settings.quietHours).toBeNull();

    await reminders.getByLabel('Quiet until').fill('06:45');
    await reminders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await apiCall(server.url, 'settings.get', {})).settings.quietHours).toEqual({ start: '22:30', end: '06:45' });
    await expect.poll(() => reminders.innerText()).not.toContain('is required');

    // Shown as saved when the page opens again.
    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await reminders.getByRole('checkbox', { name: 'Quiet hours' }).isChecked()).toBe(true);
    expect(await reminders.getByLabel('Quiet from').inputValue()).toBe('22:30');
    expect(await reminders.getByLabel('Quiet until').inputValue()).toBe('06:45');

    await reminders.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
    await reminders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await apiCall(server.url, 'settings.get', {})).settings.quietHours).toBeNull();
  });

  it('shows a failed backup on every page, leads to the backups, and forgets it once a backup succeeds', async () => {
    const backupDir = path.join(path.dirname(server.dbFile), 'backups');
    fs.mkdirSync(backupDir, { recursive: true });
    // Where the backup is written first, a link leads into a folder that is not there.
    fs.symlinkSync(path.join(backupDir, 'missing', 'k.sqlite'), path.join(backupDir, '.keepline-2026-11-25T10-00-00-000Z-manual.sqlite.partial'));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const card = page.locator('#settings-backup-list');
    await card.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => card.getByRole('alert').innerText()).toMatch(/^Saving failed: /);

    await page.getByRole('button', { name: 'Dashboard' }).click();
    const alert = page.locator('.backup-alert');
    await expect.poll(() => alert.innerText()).toMatch(/^A backup failed \(By you, Nov 25, 2026, .*\)\. Saving failed: .*Try again\.\s*Open backups$/s);
    await alert.getByRole('button', { name: 'Open backups' }).click();
    await expect.poll(() => card.innerText()).toMatch(/A backup failed \(By you, Nov 25, 2026, /);
    expect(await alert.count()).toBe(0);

    // The failed attempt removed what it had begun, the link included: now it works.
    await card.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => card.innerText()).not.toMatch(/failed/);
    await page.getByRole('button', { name: 'Dashboard' }).click();
    await expect.poll(() => page.locator('.backup-alert').count()).toBe(0);
  });

  it('restores a backup from the page after asking, and names the backup of the state it replaced', async () => {
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 7001', timeZone: 'Asia/Kuwait', label: 'kept' });
    await page.goto(server.url);
    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    const card = page.locator('#settings-backup-list');
    const before = (await apiCall(server.url, 'backups.list', {})).items.length;
    await card.getByRole('button', { name: 'Back up now' }).click();
    // The clock is frozen: backups differ by a millisecond, listed newest first.
    await expect.poll(() => card.getByRole('row').count()).toBe(before + 2);
    const taken = (await apiCall(server.url, 'backups.list', {})).items[0]!.name;
    expect(await page.locator('.notice').innerText()).toBe(`Backup taken: ${taken}.`);
    await apiCall(server.url, 'numbers.create', { phone: '+965 6000 7002', timeZone: 'Asia/Kuwait', label: 'added after' });

    await card.getByRole('row').nth(1).getByRole('button', { name: 'Restore' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Restore this backup?');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    // The page reloads on the restored data and says what happened.
    await expect.poll(() => page.locator('.notice').innerText(), { timeout: 20_000 }).toMatch(/^Restored .+\. The state before was backed up as .+-before-restore\.sqlite\.$/);
    expect(await page.locator('.notice').innerText()).toContain(`Restored ${taken}.`);
    const labels = (await apiCall(server.url, 'numbers.list', {})).items.map((item) => item.label);
    expect(labels).toContain('kept');
    expect(labels).not.toContain('added after');
  });

  it('lists the backups of a newly saved folder at once, and refuses a folder that is not a full path', async () => {
    const elsewhere = path.join(path.dirname(server.dbFile), 'elsewhere');
    fs.mkdirSync(elsewhere, { recursive: true });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const backups = page.locator('#settings-backups-title').locator('..');
    const folder = backups.getByRole('textbox', { name: 'Backup folder' });
    const list = page.locator('#settings-backup-list');

    await folder.fill('relative/dir');
    await backups.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => backups.locator('.field-error').innerText()).toMatch(/^Backup folder must be a full path from the top of a drive/);
    expect((await apiCall(server.url, 'settings.get', {})).settings.backupFolder).toBeNull();

    await folder.fill(elsewhere);
    await backups.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => list.innerText()).toContain(`Folder: ${elsewhere}`);
    expect(await backups.locator('.field-error').count()).toBe(0);
    expect((await apiCall(server.url, 'backups.list', {})).folder).toBe(elsewhere);

    await folder.fill('');
    await backups.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => list.innerText()).toContain(`Folder: ${path.join(path.dirname(server.dbFile), 'backups')}`);
  });
});
