import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStartPage } from '#core/records/start-page.ts';
import { startPage } from '#core/records/start-page-memo.ts';
import { numberAdder, numberInput, testCore, THIRTY_DAY_GRACE, type TestCore } from './support/test-core.ts';

// 13:00 in Kuwait, 19:00 in Tokyo, already 00:00 on 26 Nov at Kiritimati (UTC+14).
const NOW = '2026-11-25T10:00:00Z';
const grace = THIRTY_DAY_GRACE;

let core: TestCore;
beforeEach(async () => {
  core = await testCore(NOW);
});
afterEach(() => core.close());

const add = numberAdder(() => core);

/**
 * Numbers lost, in grace, and due today, around NOW (10:00 UTC): Kiritimati's 25 Nov ended an hour ago
 * (midnight there is 10:00 UTC), so it is past its deadline, in grace, not due today.
 */
async function addLapsedAndToday(): Promise<void> {
  await add('lost', { expiryDate: '2026-10-01' });
  await add('grace', { expiryDate: '2026-11-20', lapsePhases: grace });
  await add('kiritimati', { expiryDate: '2026-11-25', timeZone: 'Pacific/Kiritimati', lapsePhases: grace });
  await add('today', { expiryDate: '2026-11-25' });
}

describe('dashboard.summary', () => {
  it('counts lapsed, overdue and due numbers by each carrier’s calendar, leaving out archived ones', async () => {
    await addLapsedAndToday();
    await add('in 7', { expiryDate: '2026-12-02' });
    await add('in 8', { expiryDate: '2026-12-03' });
    await add('in 30', { expiryDate: '2026-12-25' });
    await add('in 31', { expiryDate: '2026-12-26' });
    await add('in 90', { expiryDate: '2027-02-23' });
    await add('in 91', { expiryDate: '2027-02-24' });
    await add('no deadline');
    const archived = await add('archived', { expiryDate: '2026-11-26' });
    await core.call('numbers.setArchived', { id: archived.id, archived: true });

    // The tray asks first, as at start; the start page shares what it read.
    expect(await core.call('reminders.trayState', {})).toMatchObject({ count: 3 });
    const summary = await core.call('dashboard.summary', {});
    expect(summary.counts).toEqual({ lost: 1, grace: 2, dueIn7: 2, dueIn30: 4, active: 11 });
    expect(summary.now).toBe('2026-11-25T10:00:00.000Z');
    expect(summary.upcoming.map((item) => item.label)).toEqual(['today', 'in 7', 'in 8', 'in 30', 'in 31', 'in 90']);
    // Overdue first (soonest lost), then by deadline; the lost one is past saving and left out.
    expect(summary.urgent.map((item) => item.label)).toEqual(['grace', 'kiritimati', 'today', 'in 7', 'in 8']);
  });

  it('moves numbers between counts as the clock passes their deadline', async () => {
    await add('kuwait', { expiryDate: '2026-12-02', lapsePhases: grace });
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ grace: 0, dueIn7: 1 });
    core.clock.set('2026-12-02T20:59:59Z'); // 23:59:59 in Kuwait
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ grace: 0, dueIn7: 1 });
    core.clock.set('2026-12-02T21:00:00Z');
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ grace: 1, dueIn7: 0 });
    core.clock.set('2027-01-01T21:00:00Z');
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ lost: 1, grace: 0 });
  });

  it('follows every change at once: this connection, another one (a job’s worker), and the clock moving on', async () => {
    const soon = await add('soon', { expiryDate: '2026-11-28' });
    await add('middle', { expiryDate: '2026-12-10' });
    await add('far', { expiryDate: '2027-02-24' }); // 91 days away
    await add('farther', { expiryDate: '2027-02-25' }); // 92 days away
    const labels = async () => (await core.call('dashboard.summary', {})).upcoming.map((item) => item.label);
    expect(await labels()).toEqual(['soon', 'middle']);

    // Moved past another number's deadline: counted and drawn in its new place.
    await core.call('numbers.update', { id: soon.id, number: numberInput({ phone: soon.e164, label: 'soon', expiryDate: '2026-12-20' }) });
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ dueIn7: 0, dueIn30: 2 });
    expect(await labels()).toEqual(['middle', 'soon']);

    const other = new Database(core.file);
    other.prepare("UPDATE numbers SET archived = 1 WHERE label = 'soon'").run();
    other.close();
    expect(await labels()).toEqual(['middle']);

    core.clock.set('2026-11-26T10:00:00Z');
    expect(await labels()).toEqual(['middle', 'far']);
    core.clock.set('2026-11-28T10:00:00Z');
    expect(await labels()).toEqual(['middle', 'far', 'farther']);
    // The clock set back (a wrong clock corrected): a deadline already past then is near again.
    await add('past', { expiryDate: '2026-11-26' });
    expect(await labels()).toEqual(['middle', 'far', 'farther']);
    core.clock.set('2026-11-25T09:00:00Z');
    expect(await labels()).toEqual(['past', 'middle']);
  });

  it('stays right after many changes by another connection', async () => {
    const archived = await add('archived elsewhere', { expiryDate: '2026-11-28' });
    const busy = await add('changed often', { expiryDate: '2026-11-29' });
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ dueIn7: 2 });

    // Another connection archives one number, then writes the other's deadline over and over.
    const other = new Database(core.file);
    other.prepare('UPDATE numbers SET archived = 1 WHERE id = ?').run(archived.id);
    const rewrite = other.prepare('UPDATE numbers SET deadline_on = deadline_on WHERE id = ?');
    other.transaction(() => {
      for (let n = 0; n < 2_100; n += 1) rewrite.run(busy.id);
    })();
    other.close();

    const summary = await core.call('dashboard.summary', {});
    expect(summary.counts).toMatchObject({ dueIn7: 1 });
    expect(summary.upcoming.map((item) => item.label)).toEqual(['changed often']);
  });

  it('sends the timeline at most six numbers a day, and counts the rest', async () => {
    for (let n = 0; n < 9; n += 1) await add(`busy ${n}`, { expiryDate: '2026-12-01' });
    await add('quiet', { expiryDate: '2026-12-02' });
    const summary = await core.call('dashboard.summary', {});
    expect(summary.upcoming.map((item) => item.label)).toEqual(['busy 0', 'busy 1', 'busy 2', 'busy 3', 'busy 4', 'busy 5', 'quiet']);
    expect(summary.upcomingMore).toEqual([{ daysLeft: 6, count: 3 }]);
    expect(summary.counts).toMatchObject({ dueIn7: 10, dueIn30: 10, active: 10 });
  });

  it('puts each number on the timeline by its days left in its carrier’s calendar, as its own status counts them, at any hour', async () => {
    // Zones whose day runs ahead of UTC's (Kiritimati, Chatham, Auckland) or behind it (Pago Pago, Honolulu).
    const zones = ['Pacific/Kiritimati', 'Pacific/Chatham', 'Pacific/Auckland', 'Asia/Tokyo', 'UTC', 'America/Sao_Paulo', 'America/New_York', 'Pacific/Honolulu', 'Pacific/Pago_Pago'];
    for (const [index, timeZone] of zones.entries()) {
      for (const expiryDate of ['2026-11-25', '2026-11-26', '2026-12-02', '2026-12-03', '2027-02-22']) await add(`${timeZone} ${expiryDate} ${index}`, { timeZone, expiryDate });
    }
    for (const at of ['2026-11-25T00:30:00Z', '2026-11-25T09:59:59Z', '2026-11-25T10:00:00Z', '2026-11-25T11:30:00Z', '2026-11-25T23:30:00Z', '2026-11-26T10:45:00Z']) {
      core.clock.set(at);
      const { upcoming, upcomingMore, counts } = await core.call('dashboard.summary', {});
      const statuses = new Map((await core.call('numbers.list', { limit: 500 })).items.map((item) => [item.id, item.status]));
      const ahead = [...statuses].filter(([, status]) => (status.state === 'ok' || status.state === 'due_soon') && status.daysLeft! <= 90);
      expect(upcoming.map((mark) => [mark.id, mark.status]), at).toEqual(
        upcoming.map((mark) => [mark.id, { state: statuses.get(mark.id)!.state, daysLeft: statuses.get(mark.id)!.daysLeft }]),
      );
      expect(upcoming.length + upcomingMore.reduce((sum, day) => sum + day.count, 0), at).toBe(ahead.length);
      expect(counts.dueIn7, at).toBe(ahead.filter(([, status]) => status.daysLeft! <= 7).length);
    }
  });

  it('leaves off the timeline a deadline stored under other zone data, whose day has already ended there', async () => {
    const kept = await add('kept', { expiryDate: '2026-11-27' });
    const stale = await add('stale', { expiryDate: '2026-11-25' });
    // As if tz data had changed since: Kuwait's 25 Nov ended at 21:00 UTC, the row says an hour later.
    const other = new Database(core.file);
    other.prepare("UPDATE numbers SET deadline_ends_at = '2026-11-25T22:00:00.000Z' WHERE id = ?").run(stale.id);
    other.close();
    core.clock.set('2026-11-25T21:30:00Z');
    const { upcoming } = await core.call('dashboard.summary', {});
    expect(upcoming.map((mark) => [mark.id, mark.status.daysLeft])).toEqual([[kept.id, 1]]);
  });

  it('is all zeros on a fresh database', async () => {
    const summary = await core.call('dashboard.summary', {});
    expect(summary.counts).toEqual({ lost: 0, grace: 0, dueIn7: 0, dueIn30: 0, active: 0 });
    expect(summary.upcoming).toEqual([]);
    expect(summary.upcomingMore).toEqual([]);
    expect(summary.urgent).toEqual([]);
  });
});

describe('the start page between loads', () => {
  // A day of suspension, then a day of receive-only: urgent numbers change phase as days begin.
  const twoPhases = [
    { name: 'suspended', length: { count: 1, unit: 'days' as const } },
    { name: 'receive-only', length: { count: 1, unit: 'days' as const } },
  ];
  const zones = ['Pacific/Kiritimati', 'Pacific/Chatham', 'Asia/Kolkata', 'Asia/Kuwait', 'Europe/London', 'America/Santiago', 'Pacific/Honolulu'];
  const fresh = (at: Date) => ({ now: at.toISOString(), ...readStartPage(core.db, { now: at, dueSoonDays: core.settings.get().leadTimesDays.reduce((a, b) => Math.max(a, b)) }).page });

  it('is what a fresh read shows at every quarter hour of five days, through days beginning, deadlines, phases and losses (some stored off a day’s start), and after writes', async () => {
    for (const timeZone of zones) {
      for (const expiryDate of ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']) {
        await add(`${timeZone} ${expiryDate}`, { timeZone, expiryDate });
        await add(`${timeZone} ${expiryDate} grace`, { timeZone, expiryDate, lapsePhases: twoPhases });
      }
    }
    const other = new Database(core.file);
    // Stored under other tz data: a deadline and a loss seven minutes after the day's start in Kuwait.
    const staleDeadline = await add('stale deadline', { expiryDate: '2026-11-26' });
    const staleLoss = await add('stale loss', { expiryDate: '2026-11-25', lapsePhases: twoPhases });
    other.prepare("UPDATE numbers SET deadline_ends_at = '2026-11-26T21:07:00.000Z', number_lost_at = '2026-11-26T21:07:00.000Z' WHERE id = ?").run(staleDeadline.id);
    other.prepare("UPDATE numbers SET number_lost_at = '2026-11-27T21:07:00.000Z' WHERE id = ?").run(staleLoss.id);
    const moved = await add('moved', { expiryDate: '2026-11-30' });
    let shown = '';
    let changes = 0;
    for (let step = 0; step <= 5 * 96; step += 1) {
      const at = new Date(Date.parse('2026-11-24T00:00:00Z') + step * 15 * 60_000);
      core.clock.set(at.toISOString());
      if (step === 100) await core.call('numbers.update', { id: moved.id, number: numberInput({ phone: moved.e164, label: 'moved', expiryDate: '2026-11-26' }) });
      if (step === 200) other.prepare("UPDATE numbers SET archived = 1 WHERE label LIKE 'Asia/Kolkata%'").run();
      if (step === 300) await core.call('settings.update', { leadTimesDays: [2, 1] });
      const summary = await core.call('dashboard.summary', {});
      expect(summary, at.toISOString()).toEqual(fresh(at));
      const seen = JSON.stringify({ ...summary, now: null });
      if (seen !== shown) changes += 1;
      shown = seen;
    }
    other.close();
    // The page did change over the five days (days began, numbers were lost), and not at every step.
    expect(changes).toBeGreaterThan(20);
    expect(changes).toBeLessThan(200);
  });

  it('is read again after a write or when a day begins, and kept otherwise', async () => {
    await add('kuwait', { expiryDate: '2026-11-28', lapsePhases: grace });
    const at = (iso: string) => ({ now: new Date(iso), dueSoonDays: 30 });
    const first = startPage(core.db, at('2026-11-25T10:00:00Z'));
    // Nothing written, and still 25 Nov in Kuwait (and in UTC): the same page.
    expect(startPage(core.db, at('2026-11-25T20:59:59Z')).upcoming).toBe(first.upcoming);
    // 26 Nov begins in Kuwait at 21:00 UTC: a day fewer left.
    const nextDay = startPage(core.db, at('2026-11-25T21:00:00Z'));
    expect(nextDay.upcoming).not.toBe(first.upcoming);
    expect(nextDay.upcoming[0]!.status.daysLeft).toBe(2);
    await add('another', { expiryDate: '2026-12-01' });
    expect(startPage(core.db, at('2026-11-25T21:00:00Z')).upcoming.map((mark) => mark.label)).toEqual(['kuwait', 'another']);
    // A clock set back reads again.
    expect(startPage(core.db, at('2026-11-25T10:00:00Z')).upcoming[0]!.status).toEqual({ state: 'due_soon', daysLeft: 3 });
    // So do other lead times (the settings are not in the database): 3 days left is no longer "due soon".
    expect(startPage(core.db, { now: new Date('2026-11-25T10:00:00Z'), dueSoonDays: 2 }).upcoming[0]!.status).toEqual({ state: 'ok', daysLeft: 3 });
    // The clock jumping forward three days (a machine asleep since): past the deadline, "kuwait" is in grace.
    const later = startPage(core.db, at('2026-11-28T22:00:00Z'));
    expect(later.upcoming.map((mark) => mark.label)).toEqual(['another']);
    expect(later.counts).toMatchObject({ grace: 1, dueIn7: 1 });
    expect(later.urgent.map((item) => [item.label, item.status.state])).toEqual([['kuwait', 'grace'], ['another', 'due_soon']]);
  });
});

describe('numbers.list filters and facets', () => {
  beforeEach(async () => {
    await add('a', { carrier: 'Zain', owner: 'Aiko', tags: ['Work'], kind: 'esim', expiryDate: '2026-11-30' });
    await add('b', { carrier: 'zain', owner: 'Ben', tags: ['travel'], expiryDate: '2027-01-10' });
    await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London', label: 'c', carrier: 'EE', owner: 'Aiko', tags: ['work', 'uk'] });
  });

  const labels = async (input: Parameters<TestCore['call']>[1]) =>
    (await core.call('numbers.list', input as never)).items.map((item) => item.label).sort();

  it('filters by country, carrier, owner, tag and kind, in any letter case, and combines them', async () => {
    expect(await labels({ country: 'GB' })).toEqual(['c']);
    expect(await labels({ carrier: 'ZAIN' })).toEqual(['a', 'b']);
    expect(await labels({ owner: 'aiko' })).toEqual(['a', 'c']);
    expect(await labels({ tag: 'WORK' })).toEqual(['a', 'c']);
    expect(await labels({ kind: 'esim' })).toEqual(['a']);
    expect(await labels({ owner: 'Aiko', tag: 'uk' })).toEqual(['c']);
    expect(await labels({ owner: 'Aiko', search: '7400' })).toEqual(['c']);
    expect(await labels({ tag: 'wor' })).toEqual([]);
  });

  it('finds the numbers due within N days, not those already past or without a deadline', async () => {
    expect(await labels({ dueWithinDays: 5 })).toEqual(['a']);
    expect(await labels({ dueWithinDays: 60 })).toEqual(['a', 'b']);
    expect(await labels({})).toEqual(['a', 'b', 'c']);
  });

  it('refuses a malformed filter', async () => {
    expect((await core.fail('numbers.list', { country: 'gbr' })).field).toBe('country');
    expect((await core.fail('numbers.list', { dueWithinDays: -1 })).field).toBe('dueWithinDays');
  });

  it('offers each value in use once, sorted', async () => {
    expect(await core.call('numbers.facets', {})).toEqual({
      countries: ['GB', 'KW'],
      carriers: ['EE', 'Zain'],
      owners: ['Aiko', 'Ben'],
      tags: ['travel', 'uk', 'Work'],
    });
  });

  it('names every number for the history filters, archived ones too, by label in any case', async () => {
    const archived = await core.call('numbers.create', numberInput({ phone: '+965 6000 9999', label: 'B-line' }));
    await core.call('numbers.setArchived', { id: archived.id, archived: true });
    const { items } = await core.call('numbers.names', {});
    expect(items.map((item) => item.label)).toEqual(['a', 'b', 'B-line', 'c']);
    expect(items.find((item) => item.label === 'B-line')).toEqual({ id: archived.id, e164: '+96560009999', label: 'B-line' });
  });
});

describe('reminders.trayState', () => {
  it('counts numbers in grace and due today in each carrier’s calendar, and lists the five nearest not yet lost', async () => {
    await addLapsedAndToday();
    // 25 Nov is still today in Honolulu (00:00 there): due today as well.
    await add('honolulu', { expiryDate: '2026-11-25', timeZone: 'Pacific/Honolulu' });
    await add('tomorrow', { expiryDate: '2026-11-26' });
    await add('in 7', { expiryDate: '2026-12-02' });
    const archived = await add('archived', { expiryDate: '2026-11-25' });
    await core.call('numbers.setArchived', { id: archived.id, archived: true });

    const tray = await core.call('reminders.trayState', {});
    expect(tray).toMatchObject({ attention: true, count: 4, pausedUntil: null });
    expect(tray.next.map((item) => [item.title.split(' · ')[0], item.status, item.daysLeft])).toEqual([
      ['grace', 'grace', -5],
      ['kiritimati', 'grace', -1],
      ['today', 'due_soon', 0],
      ['honolulu', 'due_soon', 0],
      ['tomorrow', 'due_soon', 1],
    ]);
    expect(tray.next.map((item) => item.when)).toEqual(['Nov 20, 2026 · overdue', 'Nov 25, 2026 · overdue', 'Nov 25, 2026 · today', 'Nov 25, 2026 · today', 'Nov 26, 2026 · tomorrow']);
  });

  it('has nothing to flag when every deadline is days away, and follows the clock past one', async () => {
    await add('in 3', { expiryDate: '2026-11-28', lapsePhases: grace });
    expect(await core.call('reminders.trayState', {})).toMatchObject({ attention: false, count: 0 });
    core.clock.set('2026-11-27T21:00:00Z'); // 28 Nov begins in Kuwait
    expect(await core.call('reminders.trayState', {})).toMatchObject({ attention: true, count: 1 });
    core.clock.set('2026-11-28T21:00:00Z'); // the deadline has passed: in grace
    expect((await core.call('reminders.trayState', {})).next[0]).toMatchObject({ status: 'grace', daysLeft: -1 });
    core.clock.set('2026-12-28T21:00:00Z'); // past the grace: lost, and no longer listed
    expect(await core.call('reminders.trayState', {})).toMatchObject({ attention: false, count: 0, next: [] });
  });
});
