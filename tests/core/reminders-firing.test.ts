// Planning and firing on real SQLite files with a manual clock: each reminder at its instant in the
// carrier's zone, once; renewals, edits and settings re-plan; snooze, dismiss, pause.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from './support/test-core.ts';
import { numberInput } from './support/test-core.ts';
import { reminderCore, remindersOf, scanAt } from './support/reminder-core.ts';

let core: TestCore;
afterEach(() => core?.close());

describe('each lead time fires once, at the start of its day in the carrier zone', () => {
  it('across the UK switch to summer time', async () => {
    core = await reminderCore('2026-02-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ phone: '+44 7911 123456', timeZone: 'Europe/London', expiryDate: '2026-04-05' }));
    const reminders = await remindersOf(core, number.id);
    expect(reminders.map((r) => [r.kind, r.offsetDays, r.fireAt])).toEqual([
      ['lead', -30, '2026-03-06T00:00:00.000Z'],
      ['lead', -7, '2026-03-29T00:00:00.000Z'], // GMT: the clocks go forward an hour later
      ['lead', -1, '2026-04-03T23:00:00.000Z'], // BST: 4 April begins at 23:00 UTC
      ['lead', 0, '2026-04-04T23:00:00.000Z'],
    ]);
    for (const reminder of reminders) {
      const just = new Date(Date.parse(reminder.fireAt) - 1000).toISOString();
      expect((await scanAt(core, just)).ids).toEqual([]);
      expect((await scanAt(core, reminder.fireAt)).ids).toEqual([reminder.id]);
      expect((await scanAt(core, reminder.fireAt)).ids).toEqual([]);
    }
    expect((await remindersOf(core, number.id)).map((r) => r.state)).toEqual(['shown', 'shown', 'shown', 'shown']);
  });

  it('where DST skips midnight (Chile), on the first moment the day has', async () => {
    core = await reminderCore('2026-08-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ phone: '+56 9 6123 4567', timeZone: 'America/Santiago', expiryDate: '2026-09-13' }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    expect(week.fireAt).toBe('2026-09-06T04:00:00.000Z'); // 6 Sept begins at 01:00 -03
    expect((await scanAt(core, '2026-09-06T03:59:59Z')).ids).toEqual([]);
    expect((await scanAt(core, '2026-09-06T04:00:00Z')).ids).toEqual([week.id]);
  });

  it('says what to do and by when, in the language asked for', async () => {
    core = await reminderCore('2026-11-20T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ label: 'Work <b>line</b>', expiryDate: '2026-12-03' }));
    const [week] = (await remindersOf(core, number.id)).filter((r) => r.offsetDays === -7);
    expect(week!.title).toBe('Work <b>line</b> · +965 6000 1234');
    expect(week!.body).toBe('Renew by Dec 3, 2026 (end of day, Kuwait time): 7 days left.');
    const zh = await core.call('reminders.list', { numberId: number.id }, 'zh-CN');
    expect(zh.items.find((r) => r.offsetDays === -7)!.body).toContain('还剩 7 天');
  });
});

describe('re-planning', () => {
  const renewable = numberInput({ expiryDate: '2026-12-03', billingPeriod: { count: 30, unit: 'days' }, rules: [{ kind: 'fee' }] });

  it('a recorded renewal completes the old deadline reminders; they never fire; the new deadline has its own', async () => {
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', renewable);
    const before = await remindersOf(core, number.id);
    // 30 days before has passed, but as the latest reminder due it still fires once.
    expect(before.filter((r) => r.state === 'pending').map((r) => r.offsetDays)).toEqual([-30, -7, -1, 0]);
    await core.call('events.record', { numberId: number.id, kind: 'renewal' });
    const after = await remindersOf(core, number.id);
    expect(after.filter((r) => r.deadlineOn === '2026-12-03').every((r) => r.state === 'done')).toBe(true);
    expect(after.filter((r) => r.state === 'pending').map((r) => [r.deadlineOn, r.offsetDays])).toEqual([
      ['2027-01-02', -30], ['2027-01-02', -7], ['2027-01-02', -1], ['2027-01-02', 0],
    ]);
    expect((await scanAt(core, '2026-12-02T20:59:59Z')).ids).toEqual([]); // nothing of the old deadline
    const next = after.find((r) => r.deadlineOn === '2027-01-02' && r.offsetDays === -30)!;
    expect((await scanAt(core, '2026-12-02T21:00:00Z')).ids).toEqual([next.id]);
  });

  it('a renewal whose new deadline is already within a lead time brings no reminder of it at once, nor after new lead times', async () => {
    core = await reminderCore('2026-12-03T08:00:00Z');
    const number = await core.call('numbers.create', renewable);
    const { ids: before } = await scanAt(core, '2026-12-03T08:01:00Z');
    expect(before).toHaveLength(1); // "renew today"
    // 30 days on (2027-01-02): "30 days before" began on 3 December in Kuwait; the user has just renewed.
    await core.call('events.record', { numberId: number.id, kind: 'renewal' });
    expect((await scanAt(core, '2026-12-03T08:02:00Z')).ids).toEqual([]);
    expect((await core.call('reminders.waiting', { limit: 5 })).unacknowledged).toBe(0);
    const reminders = await remindersOf(core, number.id);
    expect(reminders.filter((r) => r.deadlineOn === '2027-01-02').map((r) => `${r.offsetDays} ${r.state}`)).toEqual(['-30 dismissed', '-7 pending', '-1 pending', '0 pending']);
    await core.call('settings.update', { leadTimesDays: [30, 14] });
    expect((await scanAt(core, '2026-12-03T08:03:00Z')).ids).toEqual([]);
    const fourteen = (await remindersOf(core, number.id)).find((r) => r.deadlineOn === '2027-01-02' && r.offsetDays === -14)!;
    expect((await scanAt(core, '2026-12-18T21:00:00Z')).ids).toEqual([fourteen.id]);
  });

  it('undoing the renewal brings back the unshown reminders of the old deadline', async () => {
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', renewable);
    await core.call('events.record', { numberId: number.id, kind: 'renewal' });
    await core.call('events.undoLast', { numberId: number.id });
    const states = (await remindersOf(core, number.id)).map((r) => `${r.deadlineOn} ${r.offsetDays} ${r.state}`);
    expect(states).toContain('2026-12-03 -7 pending');
    expect(states).toContain('2027-01-02 -30 retired');
  });

  it('undoing the renewal puts a reminder already shown back before the user, without showing it again', async () => {
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', renewable);
    const { ids: shown } = await scanAt(core, '2026-11-25T12:01:00Z');
    expect(shown).toHaveLength(1);
    const waiting = async () => (await core.call('reminders.waiting', { limit: 10 })).items.map((reminder) => reminder.id);
    expect(await waiting()).toEqual(shown);
    await core.call('events.record', { numberId: number.id, kind: 'renewal' });
    expect(await waiting()).toEqual([]);
    await core.call('events.undoLast', { numberId: number.id });
    expect(await waiting()).toEqual(shown);
    expect((await scanAt(core, '2026-11-25T12:05:00Z')).ids).toEqual([]);
  });

  it('an edit that moves the deadline retires the old reminders; archiving retires them all', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    await core.call('numbers.update', { id: number.id, number: numberInput({ expiryDate: '2026-12-10' }) });
    const reminders = await remindersOf(core, number.id);
    expect(reminders.filter((r) => r.deadlineOn === '2026-12-03').map((r) => r.state)).toEqual(['retired', 'retired', 'retired', 'retired']);
    await core.call('numbers.setArchived', { id: number.id, archived: true });
    expect((await remindersOf(core, number.id)).every((r) => r.state === 'retired')).toBe(true);
    expect((await scanAt(core, '2026-12-11T00:00:00Z')).ids).toEqual([]);
  });

  it('an event that leaves the deadline as it is keeps the reminders as they are, and the scan does not plan them again', async () => {
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', renewable);
    // Everything but the title (the label is in it).
    const planned = async () => (await remindersOf(core, number.id)).map(({ title: _title, ...reminder }) => reminder);
    const before = await planned();
    await core.call('events.record', { numberId: number.id, kind: 'balance_check', balance: { amountMinor: 500, currency: 'EUR' } });
    await core.call('numbers.update', { id: number.id, number: { ...renewable, label: 'renamed' } });
    expect(await planned()).toEqual(before);
    // Its plan is recorded as built from the number as it is now, so no scan re-plans it.
    const plan = core.db.prepare('SELECT p.revision AS planned, n.revision AS current FROM reminder_plans p JOIN numbers n ON n.id = p.number_id WHERE n.id = ?').get(number.id);
    expect(plan).toEqual({ planned: 3, current: 3 });
  });

  it('a plan left behind by a writer that did not re-plan is re-planned at the next event, even one that keeps the deadline', async () => {
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', renewable);
    const later = await core.call('numbers.create', { ...renewable, phone: '+965 6000 5678', expiryDate: '2026-12-20' });
    // Another writer (an older version, a restored row) moves the deadline and leaves the plan as it was.
    core.db
      .prepare(
        `UPDATE numbers SET (expiry_date, deadline_on, deadline_ends_at, credit_lost_at, number_lost_at, revision) =
           (SELECT expiry_date, deadline_on, deadline_ends_at, credit_lost_at, number_lost_at, numbers.revision + 1 FROM numbers WHERE id = ?)
         WHERE id = ?`,
      )
      .run(later.id, number.id);
    await core.call('events.record', { numberId: number.id, kind: 'balance_check', balance: { amountMinor: 500, currency: 'EUR' } });
    const pending = async (id: number) => (await remindersOf(core, id)).filter((r) => r.state === 'pending').map((r) => `${r.deadlineOn} ${r.offsetDays}`);
    expect(await pending(number.id)).toEqual(await pending(later.id));
    expect(await pending(number.id)).toContain('2026-12-20 -7');
  });

  it('new lead times replace the plan at once', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    await core.call('settings.update', { leadTimesDays: [14, 2] });
    const pending = (await remindersOf(core, number.id)).filter((r) => r.state === 'pending');
    expect(pending.map((r) => r.offsetDays)).toEqual([-14, -2]);
  });

  it('new lead times bring back no reminder the user has handled, and a snooze keeps its time', async () => {
    core = await reminderCore('2026-12-01T07:00:00Z');
    const deadline = (phone: string) => core.call('numbers.create', numberInput({ phone, expiryDate: '2026-12-08' }));
    const [evening, dismissed, tomorrow] = [await deadline('+965 6000 4001'), await deadline('+965 6000 4002'), await deadline('+965 6000 4003')];
    // "7 days before" began in Kuwait at 21:00 UTC on 30 Nov.
    const first = (await scanAt(core, '2026-12-01T08:00:00Z')).result.notices.flatMap((notice) => notice.reminders);
    const shownOf = (numberId: number) => first.find((reminder) => reminder.numberId === numberId)!.id;
    await core.call('reminders.snooze', { id: shownOf(evening.id), preset: 'until', until: '2026-12-01T18:00:00Z' });
    await core.call('reminders.dismiss', { id: shownOf(dismissed.id) });
    await core.call('reminders.snooze', { id: shownOf(tomorrow.id), preset: 'morning' });

    await core.call('settings.update', { leadTimesDays: [14, 3] });
    const shownAt = async (iso: string) =>
      (await scanAt(core, iso)).result.notices.flatMap((notice) => notice.reminders).map((reminder) => `${reminder.numberId} ${reminder.offsetDays}`);
    expect(await shownAt('2026-12-01T10:00:00Z')).toEqual([]);
    expect(await shownAt('2026-12-01T18:00:00Z')).toEqual([`${evening.id} -7`]);
    expect(await shownAt('2026-12-02T08:00:00Z')).toEqual([`${tomorrow.id} -7`]); // 09:00 in Berlin
    // The new "3 days before" fires for each, as 5 December begins in Kuwait, once.
    expect((await shownAt('2026-12-04T21:00:00Z')).sort()).toEqual([evening.id, dismissed.id, tomorrow.id].map((id) => `${id} -3`).sort());
    expect(await shownAt('2026-12-04T21:01:00Z')).toEqual([]);
    expect((await remindersOf(core, dismissed.id)).some((reminder) => reminder.offsetDays === -14)).toBe(false);
  });

  it('new lead times leave a reminder shown and waiting for the user where it is', async () => {
    core = await reminderCore('2026-12-01T07:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-08' }));
    const { ids } = await scanAt(core, '2026-12-01T08:00:00Z');
    expect((await remindersOf(core, number.id)).filter((reminder) => ids.includes(reminder.id)).map((reminder) => reminder.offsetDays)).toEqual([-7]);
    await core.call('settings.update', { leadTimesDays: [14, 3] });
    expect((await core.call('reminders.waiting', { limit: 10 })).items.map((reminder) => reminder.id)).toEqual(ids);
  });

  it('new lead times still fire the latest reminder due for a deadline the user has not been told of', async () => {
    core = await reminderCore('2026-12-01T07:00:00Z');
    await core.call('settings.update', { leadTimesDays: [1] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-08' }));
    await core.call('settings.update', { leadTimesDays: [14, 3] });
    const { ids } = await scanAt(core, '2026-12-01T08:00:00Z');
    expect((await remindersOf(core, number.id)).filter((reminder) => ids.includes(reminder.id)).map((reminder) => reminder.offsetDays)).toEqual([-14]);
  });

  it('a number entered late fires only its latest due reminder, not every earlier one', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const { ids } = await scanAt(core, '2026-12-01T12:00:00Z');
    const shown = (await remindersOf(core, number.id)).filter((r) => ids.includes(r.id));
    expect(shown.map((r) => r.offsetDays)).toEqual([-7]);
  });

  it('grace: an overdue reminder as each day begins, once, then "lost tomorrow" on its last day', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03', lapsePhases: [{ name: 'Receive only', length: { count: 4, unit: 'days' } }] }));
    const listed = await core.call('reminders.list', { numberId: number.id });
    // The overdue days are planned as each begins (in Kuwait, 21:00 UTC the day before); until then, one entry.
    expect(listed.items.filter((r) => r.offsetDays > 0).map((r) => `${r.kind} ${r.offsetDays}`)).toEqual(['lapse_tomorrow 4']);
    expect(listed.dailyOverdue).toMatchObject({ firstOn: '2026-12-04', lastOn: '2026-12-06', count: 3, firstFireAt: '2026-12-03T21:00:00.000Z' });
    expect(listed.items.find((r) => r.kind === 'lapse_tomorrow')!.body).toBe('Last day of grace: the number is lost after Dec 7, 2026 (Kuwait time). Renew today.');

    const shownAt = async (iso: string) => (await scanAt(core, iso)).result.notices.flatMap((n) => n.reminders).map((r) => `${r.kind} ${r.offsetDays}`);
    expect(await shownAt('2026-12-02T21:00:00Z')).toContain('lead 0');
    expect(await shownAt('2026-12-03T20:59:00Z')).toEqual([]);
    expect(await shownAt('2026-12-03T21:00:00Z')).toEqual(['overdue 1']);
    expect(await shownAt('2026-12-03T21:01:00Z')).toEqual([]);
    expect((await core.call('reminders.list', { numberId: number.id })).dailyOverdue).toMatchObject({ firstOn: '2026-12-05', count: 2 });
    // Away on day 2: day 3 brings its own reminder, not a backlog of the days missed.
    expect(await shownAt('2026-12-05T21:30:00Z')).toEqual(['overdue 3']);
    expect(await shownAt('2026-12-06T21:00:00Z')).toEqual(['lapse_tomorrow 4']);
    expect((await core.call('reminders.list', { numberId: number.id })).dailyOverdue).toBeNull();
    expect(await shownAt('2026-12-08T12:00:00Z')).toEqual([]);
  });

  it('grace across the UK switch to summer time: each overdue day fires as it begins there, once, even with the clock set back', async () => {
    core = await reminderCore('2027-03-01T12:00:00Z');
    const grace = [{ name: 'Grace', length: { count: 10, unit: 'days' as const } }];
    const number = await core.call('numbers.create', numberInput({ phone: '+44 7911 123456', timeZone: 'Europe/London', expiryDate: '2027-03-25', lapsePhases: grace }));
    await scanAt(core, '2027-03-26T12:00:00Z'); // the lead reminders and the first overdue day
    const shownAt = async (iso: string) => (await scanAt(core, iso)).result.notices.flatMap((n) => n.reminders).map((r) => `${r.offsetDays} ${r.fireAt}`);
    expect(await shownAt('2027-03-27T00:00:00Z')).toEqual(['2 2027-03-27T00:00:00.000Z']); // GMT
    expect(await shownAt('2027-03-28T00:00:00Z')).toEqual(['3 2027-03-28T00:00:00.000Z']); // clocks go forward at 01:00
    expect(await shownAt('2027-03-28T22:59:59Z')).toEqual([]);
    expect(await shownAt('2027-03-28T23:00:00Z')).toEqual(['4 2027-03-28T23:00:00.000Z']); // BST: 29 March begins at 23:00 UTC
    expect(await shownAt('2027-03-28T22:00:00Z')).toEqual([]); // the clock set back an hour
    expect(await shownAt('2027-03-28T23:30:00Z')).toEqual([]);
    const overdue = (await remindersOf(core, number.id)).filter((r) => r.kind === 'overdue');
    expect(overdue.map((r) => `${r.offsetDays} ${r.state}`)).toEqual(['1 shown', '2 shown', '3 shown', '4 shown']);
  });

  it('overdue days a plan from before this version wrote ahead stay planned when the number is planned again', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const grace = [{ name: 'Grace', length: { count: 10, unit: 'days' as const } }];
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03', lapsePhases: grace }));
    const lapse = (await remindersOf(core, number.id)).find((r) => r.kind === 'lapse_tomorrow')!;
    // The row an older version planned for the fifth overdue day (8 December begins in Kuwait at 21:00 UTC).
    core.db
      .prepare("INSERT INTO reminders (number_id, deadline_on, deadline_ends_at, kind, offset_days, fire_at, due_at, state, created_at) VALUES (?, ?, ?, 'overdue', 5, ?, ?, 'pending', ?)")
      .run(number.id, '2026-12-03', lapse.deadlineEndsAt, '2026-12-07T21:00:00.000Z', '2026-12-07T21:00:00.000Z', '2026-11-01T12:00:00.000Z');
    await core.call('settings.update', { leadTimesDays: [14, 2] }); // re-plans every number at the next scan
    await scanAt(core, '2026-11-01T12:01:00Z');
    const fifth = (await remindersOf(core, number.id)).find((r) => r.kind === 'overdue' && r.offsetDays === 5)!;
    expect(fifth.state).toBe('pending');
    await scanAt(core, '2026-12-07T20:59:00Z'); // the lead reminders, and the fourth overdue day
    expect((await scanAt(core, '2026-12-07T21:00:00Z')).ids).toEqual([fifth.id]);
  });

  it('an overdue day still to come is planned after a restart, and a renewal in grace drops the rest', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const dir = core.dir;
    const grace = [{ name: 'Grace', length: { count: 10, unit: 'days' as const } }];
    const number = await core.call('numbers.create', { ...renewable, lapsePhases: grace });
    await scanAt(core, '2026-12-03T21:00:00Z');
    await core.close();
    core = await reminderCore('2026-12-04T21:05:00Z', 'Europe/Berlin', dir);
    const shown = (await scanAt(core, '2026-12-04T21:05:00Z')).result.notices.flatMap((n) => n.reminders);
    expect(shown.map((r) => `${r.kind} ${r.offsetDays}`)).toEqual(['overdue 2']);
    const renewed = (await core.call('events.record', { numberId: number.id, kind: 'renewal' })).number;
    expect(renewed.deadlineOn).toBe('2027-01-04'); // 30 days from the renewal on 5 December (Kuwait)
    const after = await core.call('reminders.list', { numberId: number.id });
    expect(after.items.filter((r) => r.deadlineOn === '2026-12-03' && (r.state === 'pending' || r.state === 'snoozed'))).toEqual([]);
    // The new deadline's grace is planned the same way: its days, one entry, until they begin.
    expect(after.dailyOverdue).toMatchObject({ firstOn: '2027-01-05', lastOn: '2027-01-13', count: 9 });
    // Nothing of the old grace fires again, nor the new deadline's 30-day reminder, due as 5 December began:
    // the user renewed after that. Its 7-day one does.
    expect((await scanAt(core, '2026-12-06T21:00:00Z')).ids).toEqual([]);
    const next = (await scanAt(core, '2026-12-27T21:00:00Z')).result.notices.flatMap((n) => n.reminders);
    expect(next.map((r) => `${r.deadlineOn} ${r.kind} ${r.offsetDays}`)).toEqual(['2027-01-04 lead -7']);
  });
});

describe('an expiring payment card', () => {
  const autoRenew = (cardExpiry: string) =>
    numberInput({
      expiryDate: '2026-12-20', billingPeriod: { count: 1, unit: 'months' }, rules: [{ kind: 'fee' }], autoRenew: true,
      paymentMethod: { label: 'Visa 4242', cardExpiry },
    });

  it('raises its own reminder a week before the charge when the card ends before it', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [1] });
    const number = await core.call('numbers.create', autoRenew('2026-11'));
    const card = (await remindersOf(core, number.id)).find((r) => r.kind === 'card_expiring')!;
    expect(card.fireAt).toBe('2026-12-12T21:00:00.000Z'); // 13 Dec begins in Kuwait
    const { result } = await scanAt(core, card.fireAt);
    expect(result.notices.map((n) => n.body)).toEqual(['The auto-renewal on Dec 20, 2026 will fail: Visa 4242 expires 2026-11. Update the payment method.']);
  });

  it('says nothing when the card is valid through the charge', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const number = await core.call('numbers.create', autoRenew('2026-12'));
    expect((await remindersOf(core, number.id)).some((r) => r.kind === 'card_expiring')).toBe(false);
  });
});

describe('snooze, dismiss, pause and quiet hours', () => {
  async function shownReminder(): Promise<number> {
    core = await reminderCore('2026-11-20T12:00:00Z', 'Asia/Shanghai');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const { ids } = await scanAt(core, '2026-11-26T00:00:00Z');
    expect(ids).toHaveLength(1);
    void number;
    return ids[0]!;
  }

  it('a snoozed reminder fires again at the chosen time, and only then', async () => {
    const id = await shownReminder();
    const snoozed = await core.call('reminders.snooze', { id, preset: 'until', until: '2026-11-26T08:30:00+08:00' });
    expect([snoozed.state, snoozed.dueAt]).toEqual(['snoozed', '2026-11-26T00:30:00.000Z']);
    expect((await scanAt(core, '2026-11-26T00:29:59Z')).ids).toEqual([]);
    expect((await scanAt(core, '2026-11-26T00:30:00Z')).ids).toEqual([id]);
    expect((await scanAt(core, '2026-11-26T00:31:00Z')).ids).toEqual([]);
  });

  it('presets are in the user zone: this evening 18:00, tomorrow 09:00, one hour', async () => {
    const id = await shownReminder(); // 08:00 in Shanghai
    expect((await core.call('reminders.snooze', { id, preset: 'evening' })).dueAt).toBe('2026-11-26T10:00:00.000Z');
    expect((await core.call('reminders.snooze', { id, preset: 'morning' })).dueAt).toBe('2026-11-27T01:00:00.000Z');
    expect((await core.call('reminders.snooze', { id, preset: 'hour' })).dueAt).toBe('2026-11-26T01:00:00.000Z');
  });

  it('refuses a time in the past, and anything on a dismissed reminder, naming the field', async () => {
    const id = await shownReminder();
    expect(await core.fail('reminders.snooze', { id, preset: 'until', until: '2026-11-25T00:00:00Z' })).toMatchObject({ field: 'until', reason: 'not_in_future' });
    expect(await core.fail('reminders.snooze', { id, preset: 'until' })).toMatchObject({ field: 'until', reason: 'required' });
    expect(await core.fail('reminders.snooze', { id, preset: 'later' })).toMatchObject({ field: 'preset', reason: 'not_allowed_value' });
    expect((await core.call('reminders.dismiss', { id })).state).toBe('dismissed');
    expect(await core.fail('reminders.dismiss', { id })).toMatchObject({ field: 'id', reason: 'reminder_closed' });
    expect(await core.fail('reminders.dismiss', { id: 9999 })).toMatchObject({ code: 'not_found' });
  });

  it('dismisses every reminder the user saw waiting at once, not a snoozed one, a planned one, or one shown since', async () => {
    core = await reminderCore('2026-11-20T12:00:00Z', 'Asia/Shanghai');
    await core.call('settings.update', { leadTimesDays: [7, 1] });
    // Three numbers whose "7 days before" fires on 26 Nov in Kuwait, and one whose fires on 27 Nov.
    const phones = ['+965 6000 1001', '+965 6000 1002', '+965 6000 1003'];
    for (const phone of phones) await core.call('numbers.create', numberInput({ phone, expiryDate: '2026-12-03' }));
    const later = await core.call('numbers.create', numberInput({ phone: '+965 6000 1004', expiryDate: '2026-12-04' }));
    const first = await scanAt(core, '2026-11-26T00:00:00Z');
    expect(first.ids).toHaveLength(3);
    const snoozed = first.ids[0]!;
    await core.call('reminders.snooze', { id: snoozed, preset: 'until', until: '2026-12-10T09:00:00+08:00' });
    const seenAt = '2026-11-26T00:00:00.000Z';
    // Shown after the user's list was loaded: not theirs to dismiss yet.
    const since = await scanAt(core, '2026-11-26T21:00:00Z');
    expect(since.ids).toHaveLength(1);
    expect((await core.call('reminders.inbox', {})).unacknowledged).toBe(3);

    expect(await core.call('reminders.dismissAll', { shownUntil: seenAt })).toEqual({ dismissed: 2, unacknowledged: 1 });
    const states = new Map((await core.call('reminders.inbox', { limit: 200 })).items.map((item) => [item.id, item.state]));
    expect(first.ids.map((id) => states.get(id))).toEqual(['snoozed', 'dismissed', 'dismissed']);
    expect(states.get(since.ids[0]!)).toBe('shown');
    // Reminders still planned are untouched, and fire as planned.
    expect((await remindersOf(core, later.id)).map((item) => item.state)).toEqual(['shown', 'pending']);
    expect((await scanAt(core, '2026-12-02T21:00:00Z')).ids).toHaveLength(4);
    expect(await core.fail('reminders.dismissAll', { shownUntil: 'yesterday' })).toMatchObject({ field: 'shownUntil' });
  });

  it('a planned reminder moves only to a chosen time: a preset would bring it forward', async () => {
    core = await reminderCore('2026-11-20T12:00:00Z', 'Asia/Shanghai');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-30' }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    for (const preset of ['hour', 'evening', 'morning'] as const) {
      expect(await core.fail('reminders.snooze', { id: week.id, preset })).toMatchObject({ field: 'preset', reason: 'reminder_not_due' });
    }
    expect((await remindersOf(core, number.id)).find((r) => r.id === week.id)).toMatchObject({ state: 'pending', dueAt: week.dueAt });
    const moved = await core.call('reminders.snooze', { id: week.id, preset: 'until', until: '2026-12-01T09:00:00+08:00' });
    expect([moved.state, moved.dueAt]).toEqual(['snoozed', '2026-12-01T01:00:00.000Z']);
  });

  it('quiet hours spanning midnight in the user zone defer firing until they end', async () => {
    core = await reminderCore('2026-11-20T12:00:00Z', 'Europe/Berlin');
    await core.call('settings.update', { quietHours: { start: '22:00', end: '07:00' }, leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    expect(week.fireAt).toBe('2026-11-25T21:00:00.000Z'); // 22:00 in Berlin
    const held = await scanAt(core, '2026-11-25T21:00:00Z');
    expect(held.ids).toEqual([]);
    expect(held.result).toMatchObject({ heldBy: 'quiet', heldUntil: '2026-11-26T06:00:00.000Z' });
    // The window and the tray can say why, and until when, in the user's own words.
    expect((await core.call('reminders.trayState', {})).quietUntil).toEqual({ at: '2026-11-26T06:00:00.000Z', clockTime: '07:00' });
    expect((await scanAt(core, '2026-11-26T05:59:00Z')).ids).toEqual([]);
    expect((await scanAt(core, '2026-11-26T06:00:00Z')).ids).toEqual([week.id]);
    expect((await core.call('reminders.trayState', {})).quietUntil).toBeNull();
  });

  it('a pause holds reminders for an hour, then they fire', async () => {
    core = await reminderCore('2026-11-25T20:30:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    expect((await core.call('reminders.pause', { minutes: 60 })).pausedUntil).toBe('2026-11-25T21:30:00.000Z');
    expect((await core.call('reminders.trayState', {})).pausedUntil).toBe('2026-11-25T21:30:00.000Z');
    expect((await scanAt(core, '2026-11-25T21:10:00Z')).result.heldBy).toBe('pause');
    const { ids } = await scanAt(core, '2026-11-25T21:30:00Z');
    expect(ids).toEqual([(await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!.id]);
  });
});

describe('what waits for the user', () => {
  it('lists the most urgent first, whatever order they fired in, and counts the rest', async () => {
    core = await reminderCore('2026-11-25T10:00:00Z');
    // Added soonest deadline first, so the newest shown are the least urgent.
    const phones = ['+965 6000 2001', '+965 6000 2002', '+965 6000 2003', '+965 6000 2004', '+965 6000 2005'];
    const deadlines = ['2026-11-27', '2026-12-01', '2026-12-10', '2026-12-18', '2026-12-20'];
    for (const [i, expiryDate] of deadlines.entries()) await core.call('numbers.create', numberInput({ phone: phones[i]!, label: `Due ${expiryDate}`, expiryDate }));
    expect((await core.call('reminders.scan', {})).notices.flatMap((notice) => notice.reminderIds)).toHaveLength(5);

    const waiting = await core.call('reminders.waiting', {});
    expect(waiting.unacknowledged).toBe(5);
    expect(waiting.items.map((reminder) => reminder.deadlineOn)).toEqual(['2026-11-27', '2026-12-01', '2026-12-10']);

    // Acknowledged ones no longer wait: the next most urgent moves up.
    await core.call('reminders.dismiss', { id: waiting.items[0]!.id });
    const after = await core.call('reminders.waiting', { limit: 10 });
    expect(after.unacknowledged).toBe(4);
    expect(after.items.map((reminder) => reminder.deadlineOn)).toEqual(['2026-12-01', '2026-12-10', '2026-12-18', '2026-12-20']);
  });
});
