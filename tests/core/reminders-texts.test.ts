// What a reminder says (issue 8 made the scan word it from the stored dates alone): the action asked for
// follows the rule that sets the deadline, the last day of grace follows the lapse phases, in English and
// Chinese; and a damaged rules cell stops the scan without losing the reminder.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputRaw } from '#shared/contract.ts';
import { LapsePhase, Rule, type QualifyingAction, type RuleInput } from '#shared/rules.ts';
import { addDays, todayIn } from '#core/domain/dates.ts';
import { computeDeadlines } from '#core/domain/deadlines.ts';
import { lapseTimeline } from '#core/domain/lapse.ts';
import { deadlineAction, lastGraceDay } from '#core/reminders/deadline-action.ts';
import type { TestCore } from './support/test-core.ts';
import { numberInput } from './support/test-core.ts';
import { reminderCore, remindersOf, scanAt } from './support/reminder-core.ts';

let core: TestCore;
afterEach(() => core?.close());

const every = (count: number, unit: 'days' | 'months') => ({ count, unit });
const activity = (lastOn: string, days: number) => ({ kind: 'activity' as const, every: every(days, 'days'), counts: ['call' as const], lastOn });
const topup = (lastOn: string, months: number) => ({ kind: 'topup' as const, every: every(months, 'months'), lastOn });
const validity = { kind: 'validity' as const, extension: { type: 'fixed' as const, by: every(30, 'days') }, mode: 'reset' as const };

/** The week-before reminder's sentence of a new number, in both languages. */
let serial = 0;
async function weekBefore(input: Partial<InputRaw<'numbers.create'>>): Promise<{ en: string; zh: string }> {
  serial += 1;
  const number = await core.call('numbers.create', numberInput({ ...input, phone: `+965 6000 ${2000 + serial}` }));
  const pick = async (locale: 'en' | 'zh-CN') =>
    (await core.call('reminders.list', { numberId: number.id }, locale)).items.find((r) => r.kind === 'lead' && r.offsetDays === -7)!.body;
  return { en: await pick('en'), zh: await pick('zh-CN') };
}

describe('a reminder asks for what keeps the number', () => {
  it('the action of the rule that sets the deadline, in English and Chinese', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    // Activity every 90 days from 10 Sep: 9 Dec. Top-up every 3 months from 10 Sep: 10 Dec.
    expect(await weekBefore({ rules: [activity('2026-09-10', 90)] })).toEqual({
      en: 'Use the number by Dec 9, 2026 (end of day, Kuwait time): 7 days left.',
      zh: '请在 2026年12月9日（科威特时间当天结束前）使用号码：还剩 7 天。',
    });
    expect(await weekBefore({ rules: [topup('2026-09-10', 3)] })).toEqual({
      en: 'Top up by Dec 10, 2026 (end of day, Kuwait time): 7 days left.',
      zh: '请在 2026年12月10日（科威特时间当天结束前）充值：还剩 7 天。',
    });
    for (const rules of [[validity], [{ kind: 'fee' as const }], []]) {
      expect(await weekBefore({ expiryDate: '2026-12-03', billingPeriod: every(1, 'months'), rules })).toEqual({
        en: 'Renew by Dec 3, 2026 (end of day, Kuwait time): 7 days left.',
        zh: '请在 2026年12月3日（科威特时间当天结束前）续费：还剩 7 天。',
      });
    }
  });

  it('with several rules, the action of the earliest deadline', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    // The activity (9 Dec) comes before the bare expiry date (20 Dec).
    expect((await weekBefore({ expiryDate: '2026-12-20', rules: [activity('2026-09-10', 90)] })).en).toMatch(/^Use the number by Dec 9/);
    // The validity's expiry (5 Dec) comes before the top-up (10 Dec).
    expect((await weekBefore({ expiryDate: '2026-12-05', rules: [topup('2026-09-10', 3), validity] })).zh).toContain('续费');
    // The top-up (10 Dec) comes before the activity (19 Dec).
    expect((await weekBefore({ rules: [activity('2026-09-20', 90), topup('2026-09-10', 3)] })).en).toMatch(/^Top up by Dec 10/);
  });

  it('an overdue reminder names the last day of every lapse phase together', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const lapsePhases = [
      { name: 'Receive only', length: every(4, 'days') },
      { name: 'Suspended', length: every(1, 'months') },
    ];
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03', lapsePhases }));
    // Before the deadline the daily overdue reminders are one entry, saying what each will say.
    const overdue = async (locale: 'en' | 'zh-CN') => (await core.call('reminders.list', { numberId: number.id }, locale)).dailyOverdue!.body;
    expect(await overdue('en')).toBe('The deadline Dec 3, 2026 has passed; in grace until Jan 7, 2027 (Kuwait time). Renew to keep the number.');
    expect(await overdue('zh-CN')).toBe('截止日 2026年12月3日 已过，宽限期至 2027年1月7日（科威特时间）。请续费以保留号码。');
  });
});

describe('a reminder never says more days than are left', () => {
  it('fired late or read days later while it waits for the user, it counts from today in the carrier zone', async () => {
    // Entered 4 days before its deadline: the week-before reminder is the one due, and fires at once.
    core = await reminderCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-11-29' }));
    const { result } = await scanAt(core, '2026-11-25T12:01:00Z');
    const shown = result.notices.flatMap((notice) => notice.reminders);
    expect(shown.map((reminder) => [reminder.offsetDays, reminder.body])).toEqual([[-7, 'Renew by Nov 29, 2026 (end of day, Kuwait time): 4 days left.']]);
    const bodyOn = async (iso: string, locale: 'en' | 'zh-CN' = 'en') => {
      core.clock.set(iso);
      return (await core.call('reminders.inbox', { limit: 10 }, locale)).items.find((reminder) => reminder.numberId === number.id)!.body;
    };
    // 21:00 UTC is already the next day in Kuwait (UTC+3).
    expect(await bodyOn('2026-11-27T21:00:00Z')).toBe('Renew by tomorrow, Nov 29, 2026 (end of day, Kuwait time).');
    expect(await bodyOn('2026-11-28T21:00:00Z', 'zh-CN')).toBe('请今天续费：截止日 2026年11月29日（科威特时间）今晚结束。');
    expect(await bodyOn('2026-11-29T21:00:00Z')).toBe('The deadline Nov 29, 2026 (Kuwait time) has passed. Renew if the carrier still allows it.');
  });

  it('an inbox entry dismissed or no longer applying reads as it did when shown; a snoozed one as of now', async () => {
    core = await reminderCore('2026-12-01T12:00:00Z');
    const dismissed = await core.call('numbers.create', numberInput({ phone: '+965 6000 3001', expiryDate: '2026-12-15' }));
    const retired = await core.call('numbers.create', numberInput({ phone: '+965 6000 3002', expiryDate: '2026-12-11' }));
    const snoozed = await core.call('numbers.create', numberInput({ phone: '+965 6000 3003', expiryDate: '2026-12-31' }));
    const { result } = await scanAt(core, '2026-12-01T12:01:00Z');
    const shown = new Map(result.notices.flatMap((notice) => notice.reminders).map((reminder) => [reminder.numberId, reminder]));
    await core.call('reminders.dismiss', { id: shown.get(dismissed.id)!.id });
    await core.call('numbers.setArchived', { id: retired.id, archived: true });
    await core.call('reminders.snooze', { id: shown.get(snoozed.id)!.id, preset: 'until', until: '2026-12-25T09:00:00Z' });

    core.clock.set('2026-12-20T12:00:00Z');
    const inbox = async (locale: 'en' | 'zh-CN') =>
      new Map((await core.call('reminders.inbox', { limit: 10 }, locale)).items.map((reminder) => [reminder.numberId, reminder]));
    const en = await inbox('en');
    expect(en.get(dismissed.id)).toMatchObject({ state: 'dismissed', body: 'Renew by Dec 15, 2026 (end of day, Kuwait time): 14 days left.' });
    expect(en.get(retired.id)).toMatchObject({ state: 'retired', body: 'Renew by Dec 11, 2026 (end of day, Kuwait time): 10 days left.' });
    expect(en.get(snoozed.id)).toMatchObject({ state: 'snoozed', body: 'Renew by Dec 31, 2026 (end of day, Kuwait time): 11 days left.' });
    expect((await inbox('zh-CN')).get(dismissed.id)!.body).toBe('请在 2026年12月15日（科威特时间当天结束前）续费：还剩 14 天。');
  });

  it('a reminder yet to fire counts from its own day', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const bodies = Object.fromEntries((await remindersOf(core, number.id)).map((reminder) => [reminder.offsetDays, reminder.body]));
    expect(bodies).toEqual({
      '-30': 'Renew by Dec 3, 2026 (end of day, Kuwait time): 30 days left.',
      '-7': 'Renew by Dec 3, 2026 (end of day, Kuwait time): 7 days left.',
      '-1': 'Renew by tomorrow, Dec 3, 2026 (end of day, Kuwait time).',
      '0': 'Renew today: the deadline ends tonight, Dec 3, 2026 (Kuwait time).',
    });
  });
});

describe('the dates alone pick what computing the deadlines picks', () => {
  // Few distinct dates and short periods, so that ties between rules are common.
  const day = fc.integer({ min: -20, max: 20 }).map((offset) => addDays('2026-11-25', offset));
  const period = fc.oneof(
    fc.record({ count: fc.integer({ min: 1, max: 30 }), unit: fc.constant('days' as const) }),
    fc.record({ count: fc.integer({ min: 1, max: 2 }), unit: fc.constant('months' as const) }),
  );
  const rule: fc.Arbitrary<RuleInput> = fc.oneof(
    fc.record({ kind: fc.constant('activity' as const), every: period, counts: fc.constant<QualifyingAction[]>(['call']), lastOn: fc.option(day), overrideOn: fc.option(day, { freq: 4 }) }),
    fc.record({ kind: fc.constant('topup' as const), every: period, lastOn: fc.option(day), overrideOn: fc.option(day, { freq: 4 }) }),
    fc.constant(validity),
    fc.constant({ kind: 'fee' as const }),
  );

  it('the action: activity, top-up, or renew for any other deadline or none', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 4 }), fc.option(day), (inputs, expiryDate) => {
        const rules = inputs.map((input) => Rule.parse(input));
        const state = { expiryDate, expiryEventId: null, rules, ruleSources: rules.map(() => null), planName: '', planCost: null, billingPeriod: null };
        const source = computeDeadlines(state, 'Asia/Kuwait').next?.explanation.source;
        expect(deadlineAction(rules, expiryDate)).toBe(source === 'activity' || source === 'topup' ? source : 'renew');
      }),
      { numRuns: 2000 },
    );
  });

  it('the last day of grace, in zones with and without DST', () => {
    const phases = fc.array(period.map((length) => LapsePhase.parse({ name: 'phase', length })), { maxLength: 3 });
    const zone = fc.constantFrom('Asia/Kuwait', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Kiritimati');
    fc.assert(
      fc.property(day, phases, zone, (deadlineOn, lapse, timeZone) => {
        const { numberLostAt } = lapseTimeline(deadlineOn, timeZone, lapse);
        expect(lastGraceDay(deadlineOn, lapse)).toBe(todayIn(timeZone, new Date(numberLostAt.getTime() - 1)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a damaged rules cell', () => {
  it('stops the scan with an error, and the reminder is shown once the cell is mended', async () => {
    core = await reminderCore('2026-11-20T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ rules: [activity('2026-09-04', 90)] }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    const other = new Database(core.file);
    const stored = other.prepare('SELECT rules FROM numbers WHERE id = ?').pluck().get(number.id) as string;
    other.prepare('UPDATE numbers SET rules = ? WHERE id = ?').run('[{"kind":"activity","lastOn":"2026-09-10"}]', number.id);

    core.clock.set(week.fireAt);
    expect(await core.fail('reminders.scan', {})).toMatchObject({ code: 'internal' });
    expect(other.prepare('SELECT state FROM reminders WHERE id = ?').pluck().get(week.id)).toBe('pending');
    other.prepare('UPDATE numbers SET rules = ? WHERE id = ?').run(stored, number.id);
    other.close();

    const { ids, result } = await scanAt(core, week.fireAt);
    expect(ids).toEqual([week.id]);
    expect(result.notices[0]!.body).toBe('Use the number by Dec 3, 2026 (end of day, Kuwait time): 7 days left.');
  });
});
