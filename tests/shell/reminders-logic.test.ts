// The reminder shell's decisions, through its pure modules, for states produced by a real core.
import { afterEach, describe, expect, it } from 'vitest';
import { notificationFor, scanSchedule } from '../../electron/main/notification-view.ts';
import { openMessage } from '../../electron/main/open-in-window.ts';
import { trayIconState, trayMenuItems, trayTooltip } from '../../electron/main/tray-menu.ts';
import { numberInput, type TestCore } from '../core/support/test-core.ts';
import { reminderCore, scanAt } from '../core/support/reminder-core.ts';

let core: TestCore;
afterEach(() => core?.close());

async function sixNumbers(now: string): Promise<void> {
  core = await reminderCore(now);
  const dates = ['2026-12-20', '2026-11-25', '2026-12-01', '2026-12-05', '2027-01-10', '2027-02-01'];
  for (const [i, expiryDate] of dates.entries()) {
    await core.call('numbers.create', numberInput({ phone: `+965 6${String(1_000_010 + i)}`, label: `Line ${i}`, expiryDate }));
  }
}

describe('tray menu for a database state', () => {
  it('lists the next 5 deadlines in order, each opening its number, then Open, Pause and Quit', async () => {
    await sixNumbers('2026-11-25T08:00:00Z');
    const state = await core.call('reminders.trayState', {});
    const items = trayMenuItems(state, 'en');
    const labels = items.map((item) => (item.type === 'item' ? item.label : '—'));
    expect(labels).toEqual([
      'Line 1 · +965 6100 0011 — Nov 25, 2026 · today',
      'Line 2 · +965 6100 0012 — Dec 1, 2026 · in 6 days',
      'Line 3 · +965 6100 0013 — Dec 5, 2026 · in 10 days',
      'Line 0 · +965 6100 0010 — Dec 20, 2026 · in 25 days',
      'Line 4 · +965 6100 0014 — Jan 10, 2027 · in 46 days',
      '—', 'Open Keepline', 'Pause reminders for 1 hour', '—', 'Quit',
    ]);
    const first = items[0]!;
    expect(first.type === 'item' && first.action).toEqual({ type: 'open-number', numberId: state.next[0]!.numberId });
    expect(trayMenuItems(state, 'zh-CN').map((item) => (item.type === 'item' ? item.label : '—')).slice(-4)).toEqual(['打开 Keepline', '暂停提醒 1 小时', '—', '退出']);
  });

  it('attention when a deadline is today or passed, normal otherwise; paused shows Resume', async () => {
    await sixNumbers('2026-11-20T08:00:00Z');
    let state = await core.call('reminders.trayState', {});
    expect([trayIconState(state), state.count, trayTooltip(state, 'en')]).toEqual(['normal', 0, 'Keepline']);
    core.clock.set('2026-11-25T08:00:00Z');
    state = await core.call('reminders.trayState', {});
    expect([trayIconState(state), state.count, trayTooltip(state, 'en')]).toEqual(['attention', 1, 'Keepline — 1 need attention']);
    await core.call('reminders.pause', { minutes: 60 });
    state = await core.call('reminders.trayState', {});
    const pause = trayMenuItems(state, 'en').find((item) => item.type === 'item' && item.action.type === 'resume');
    expect(pause).toBeDefined();
  });

  it('an empty database shows a disabled line instead of deadlines', async () => {
    core = await reminderCore('2026-11-20T08:00:00Z');
    const items = trayMenuItems(await core.call('reminders.trayState', {}), 'en');
    expect(items[0]).toMatchObject({ label: 'No upcoming deadlines', enabled: false });
  });
});

describe('notifications', () => {
  it('a click opens the number of a single reminder, the inbox for a summary', async () => {
    await sixNumbers('2026-11-01T08:00:00Z');
    const summary = (await scanAt(core, '2026-11-01T08:01:00Z')).result.notices; // two already due at entry
    expect(summary.map((notice) => notice.type)).toEqual(['summary']);
    const single = (await scanAt(core, '2026-11-04T21:00:00Z')).result.notices; // 30 days before 5 Dec
    expect(single.map((notice) => notice.type)).toEqual(['single']);
    expect(openMessage(notificationFor(summary[0]!, 'linux').open)).toBe('inbox');
    const one = single.find((notice) => notice.type === 'single')!;
    expect(notificationFor(one, 'win32').open).toEqual({ type: 'number', numberId: one.numberId });
    expect(openMessage(notificationFor(one, 'win32').open)).toBe(one.numberId);
  });

  it('offers Record renewal and Snooze 1 hour on a single reminder, in the user language, none on a summary', async () => {
    await sixNumbers('2026-11-01T08:00:00Z');
    const summary = (await scanAt(core, '2026-11-01T08:01:00Z')).result.notices[0]!;
    expect(notificationFor(summary, 'darwin').actions).toEqual([]);
    const one = (await scanAt(core, '2026-11-04T21:00:00Z')).result.notices[0]!;
    const view = notificationFor(one, 'darwin', 'zh-CN');
    expect(view.actions).toEqual([
      { type: 'record', label: '记录续费', numberId: one.numberId },
      { type: 'snooze-hour', label: '1 小时后提醒', reminderIds: one.reminderIds },
    ]);
    expect(openMessage({ type: 'number', numberId: 7, record: true })).toBe('record:7');
  });

  it('user text is escaped where the OS reads markup (Linux), plain elsewhere, control characters removed', () => {
    const notice = { type: 'single' as const, reason: null, title: 'A\u0007<b>', body: 'Visa <a href="x">4242</a> & co', numberId: 1, reminders: [], reminderIds: [] };
    expect(notificationFor(notice, 'linux')).toMatchObject({ title: 'A <b>', body: 'Visa &lt;a href="x"&gt;4242&lt;/a&gt; &amp; co' });
    expect(notificationFor(notice, 'darwin').body).toBe('Visa <a href="x">4242</a> & co');
  });

  it('the cron schedule follows the scan interval', () => {
    expect([scanSchedule(5), scanSchedule(1), scanSchedule(120), scanSchedule(1440)]).toEqual(['*/5 * * * *', '*/1 * * * *', '0 */2 * * *', '0 0 * * *']);
  });
});
