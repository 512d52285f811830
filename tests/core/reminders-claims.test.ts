// Claims: a scan marks what it showed with one row (the instant it claimed up to), and a reminder is
// shown, with when and how often, as the claims say until its row is written again. What the user sees
// must not depend on which it is.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from './support/test-core.ts';
import { numberInput } from './support/test-core.ts';
import { reminderCore, remindersOf, scanAt } from './support/reminder-core.ts';
import { settleClaimsSql, type SettleScope } from '#core/reminders/reminders-repo.ts';

let core: TestCore;
afterEach(() => core?.close());

/** Kuwaiti numbers (UTC+3) with these expiry dates; their reminders fire at 21:00 UTC the day before each. */
let made = 0;
async function numbersExpiring(target: TestCore, dates: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const expiryDate of dates) {
    made += 1;
    ids.push((await target.call('numbers.create', numberInput({ phone: `+965 6${String(1_000_100 + made)}`, label: `Line ${made}`, expiryDate }))).id);
  }
  return ids;
}

describe('reminders claimed by a scan', () => {
  it('a number entered after a scan, with a reminder due before that scan, still shows it once at the next scan', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    await numbersExpiring(core, ['2026-12-05']);
    // This scan claims up to 2026-12-01T12:00 (the first number's "7 days before" fired on 27 Nov).
    expect((await scanAt(core, '2026-12-01T12:00:00Z')).ids).toHaveLength(1);
    // Entered later, its "7 days before" fired on 29 Nov: before that claim, yet never shown.
    const [late] = await numbersExpiring(core, ['2026-12-07']);
    const { ids } = await scanAt(core, '2026-12-01T12:01:00Z');
    const lateReminders = await remindersOf(core, late!);
    expect(ids).toEqual(lateReminders.map((reminder) => reminder.id));
    expect(lateReminders.map((reminder) => [reminder.state, reminder.shownAt, reminder.fireAt])).toEqual([
      ['shown', '2026-12-01T12:01:00.000Z', '2026-11-29T21:00:00.000Z'],
    ]);
    expect((await scanAt(core, '2026-12-01T12:02:00Z')).ids).toEqual([]);
  });

  it('says when each was shown, and shows a snoozed one again at its time, counted twice', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [1] });
    const [first, second] = await numbersExpiring(core, ['2026-12-03', '2026-12-04']);
    await scanAt(core, '2026-12-02T09:00:00Z');
    await scanAt(core, '2026-12-03T09:00:00Z');
    const [one] = await remindersOf(core, first!);
    const [two] = await remindersOf(core, second!);
    expect([one!.state, one!.shownAt, two!.state, two!.shownAt]).toEqual(['shown', '2026-12-02T09:00:00.000Z', 'shown', '2026-12-03T09:00:00.000Z']);

    await core.call('reminders.snooze', { id: one!.id, preset: 'until', until: '2026-12-03T15:00:00Z' });
    expect((await scanAt(core, '2026-12-03T14:59:00Z')).ids).toEqual([]);
    expect((await scanAt(core, '2026-12-03T15:00:00Z')).ids).toEqual([one!.id]);
    const again = (await remindersOf(core, first!))[0]!;
    expect([again.state, again.shownAt, again.snoozedUntil]).toEqual(['shown', '2026-12-03T15:00:00.000Z', null]);
    expect(core.db.prepare('SELECT shown_count FROM reminders WHERE id = ?').pluck().get(one!.id)).toBe(1);
  });

  it('the inbox lists the newest first across scans, and its limit keeps the newest of one scan', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [1] });
    await numbersExpiring(core, ['2026-12-03', '2026-12-03', '2026-12-04', '2026-12-04', '2026-12-04']);
    const earlier = (await scanAt(core, '2026-12-02T09:00:00Z')).ids;
    const later = (await scanAt(core, '2026-12-03T09:00:00Z')).ids;
    expect([earlier.length, later.length]).toEqual([2, 3]);
    const inbox = async (limit: number) => (await core.call('reminders.inbox', { limit })).items.map((item) => [item.id, item.shownAt]);
    const newestFirst = [...later].sort((a, b) => b - a).map((id) => [id, '2026-12-03T09:00:00.000Z'])
      .concat([...earlier].sort((a, b) => b - a).map((id) => [id, '2026-12-02T09:00:00.000Z']));
    expect(await inbox(10)).toEqual(newestFirst);
    expect(await inbox(2)).toEqual(newestFirst.slice(0, 2));
    expect(await inbox(4)).toEqual(newestFirst.slice(0, 4));
    // Dismissing one writes its row; the order and the times stay.
    await core.call('reminders.dismiss', { id: later[1]! });
    expect(await inbox(10)).toEqual(newestFirst);
    expect((await core.call('reminders.inbox', { limit: 10 })).unacknowledged).toBe(4);
  });

  it('a number’s reminders are settled through its own key, not by walking every claimed reminder', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    const plan = (scope: SettleScope) => (core.db.prepare(`EXPLAIN QUERY PLAN ${settleClaimsSql(scope)}`).all(1) as { detail: string }[]).map((row) => row.detail);
    expect(plan('number_id = ?')[0]).toBe('SEARCH r USING INDEX sqlite_autoindex_reminders_1 (number_id=?)');
    expect(plan('id = ?')[0]).toBe('SEARCH r USING INTEGER PRIMARY KEY (rowid=?)');
  });
});
