import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
});
afterEach(() => core.close());

const months = (count: number) => ({ count, unit: 'months' as const });
const days = (count: number) => ({ count, unit: 'days' as const });

describe('activity window', () => {
  it('is due one period after the last qualifying activity, and a qualifying event moves it', async () => {
    const created = await core.call('numbers.create', numberInput({
      phone: '+44 7400 123456', timeZone: 'Europe/London',
      rules: [{ kind: 'activity', every: months(6), counts: ['call', 'sms', 'data', 'topup'], lastOn: '2026-06-01' }],
    }));
    expect(created.deadlineOn).toBe('2026-12-01');
    expect(created.deadline?.sentence).toBe(
      'Use the number by Dec 1, 2026 (end of day, London time): last qualifying activity on Jun 1, 2026, as you entered it + 6 months.',
    );

    const { number } = await core.call('events.record', { numberId: created.id, kind: 'activity', activityType: 'sms', occurredOn: '2026-11-20' });
    expect(number.deadlineOn).toBe('2027-05-20');
    expect(number.deadline?.sentence).toContain('(a recorded activity)');
  });

  it('ignores events that do not count for it', async () => {
    const created = await core.call('numbers.create', numberInput({
      rules: [{ kind: 'activity', every: days(90), counts: ['call'], lastOn: '2026-10-01' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'activity', activityType: 'data', occurredOn: '2026-11-20' });
    expect(number.deadlineOn).toBe('2026-12-30');
  });

  it('uses the date the carrier shows until the next qualifying event', async () => {
    const created = await core.call('numbers.create', numberInput({
      rules: [{ kind: 'activity', every: days(90), counts: ['call'], lastOn: '2026-10-01', overrideOn: '2026-12-10' }],
    }));
    expect(created.deadlineOn).toBe('2026-12-10');
    expect(created.deadline?.explanation.anchor).toBe('override');
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'activity', activityType: 'call', occurredOn: '2026-11-24' });
    expect(number.deadlineOn).toBe('2027-02-22');
    expect(number.rules[0]).toMatchObject({ lastOn: '2026-11-24', overrideOn: null });
  });
});

describe('top-up window', () => {
  it('counts only top-ups of at least the minimum in the plan currency', async () => {
    const created = await core.call('numbers.create', numberInput({
      planCost: { amountMinor: 2000, currency: 'KWD' },
      rules: [{ kind: 'topup', every: days(180), minAmountMinor: 1000, lastOn: '2026-06-06' }],
    }));
    expect(created.deadlineOn).toBe('2026-12-03');
    const small = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 500, currency: 'KWD' } });
    expect(small.number.deadlineOn).toBe('2026-12-03');
    const foreign = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 5000, currency: 'USD' } });
    expect(foreign.number.deadlineOn).toBe('2026-12-03');
    const enough = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1000, currency: 'KWD' }, occurredOn: '2026-11-25' });
    expect(enough.number.deadlineOn).toBe('2027-05-24');
  });
});

describe('validity extended by top-ups', () => {
  const table = {
    type: 'table' as const,
    tiers: [
      { minAmountMinor: 5000, by: days(90) },
      { minAmountMinor: 30000, by: days(365) },
    ],
  };

  it('reset mode: the new expiry counts from the top-up, by the amount tier reached', async () => {
    const created = await core.call('numbers.create', numberInput({
      phone: '+86 138 0013 8000', timeZone: 'Asia/Shanghai', planCost: { amountMinor: 5000, currency: 'CNY' },
      expiryDate: '2026-12-01', rules: [{ kind: 'validity', extension: table, mode: 'reset' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 30000, currency: 'CNY' }, occurredOn: '2026-11-25' });
    expect(number.expiryDate).toBe('2027-11-25');
  });

  it('add mode: the extension is added to the current expiry', async () => {
    const created = await core.call('numbers.create', numberInput({
      planCost: { amountMinor: 1000, currency: 'KWD' }, expiryDate: '2026-12-01',
      rules: [{ kind: 'validity', extension: { type: 'fixed', by: days(30) }, mode: 'add' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1000, currency: 'KWD' } });
    expect(number.expiryDate).toBe('2026-12-31');
  });

  it('later-of mode takes the later of expiry + N and top-up + N', async () => {
    const created = await core.call('numbers.create', numberInput({
      planCost: { amountMinor: 1000, currency: 'KWD' }, expiryDate: '2026-10-01',
      rules: [{ kind: 'validity', extension: { type: 'fixed', by: days(30) }, mode: 'later_of' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1000, currency: 'KWD' }, occurredOn: '2026-11-25' });
    expect(number.expiryDate).toBe('2026-12-25');
  });

  it('caps the validity at the maximum the carrier allows, counted from the top-up', async () => {
    const created = await core.call('numbers.create', numberInput({
      planCost: { amountMinor: 1000, currency: 'KWD' }, expiryDate: '2027-01-01',
      rules: [{ kind: 'validity', extension: { type: 'fixed', by: days(90) }, mode: 'add', cap: days(100) }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1000, currency: 'KWD' }, occurredOn: '2026-11-25' });
    expect(number.expiryDate).toBe('2027-03-05');
  });

  it('a top-up below every tier gives no extension', async () => {
    const created = await core.call('numbers.create', numberInput({
      phone: '+86 138 0013 8000', timeZone: 'Asia/Shanghai', planCost: { amountMinor: 5000, currency: 'CNY' },
      expiryDate: '2026-12-01', rules: [{ kind: 'validity', extension: table, mode: 'reset' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1000, currency: 'CNY' } });
    expect(number.expiryDate).toBe('2026-12-01');
  });
});

describe('amounts in the rule’s own currency (a number with no plan cost)', () => {
  it('reads tiers and minimums in the currency kept with the rule', async () => {
    const created = await core.call('numbers.create', numberInput({
      expiryDate: '2026-12-01',
      rules: [
        { kind: 'validity', currency: 'EUR', extension: { type: 'table', tiers: [{ minAmountMinor: 1500, by: months(12) }] }, mode: 'reset' },
        { kind: 'topup', currency: 'EUR', every: months(12), minAmountMinor: 1500, lastOn: '2026-06-01' },
      ],
    }));
    const foreign = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 5000, currency: 'USD' }, occurredOn: '2026-11-20' });
    expect(foreign.number.expiryDate).toBe('2026-12-01');
    expect(foreign.number.rules[1]).toMatchObject({ lastOn: '2026-06-01' });
    const euros = await core.call('events.record', { numberId: created.id, kind: 'topup', amount: { amountMinor: 1500, currency: 'EUR' }, occurredOn: '2026-11-25' });
    expect(euros.number.expiryDate).toBe('2027-11-25');
    expect(euros.number.rules[1]).toMatchObject({ lastOn: '2026-11-25', currency: 'EUR' });
  });
});

describe('recurring fee', () => {
  it('a renewal pays one billing period on from the paid-through date', async () => {
    const created = await core.call('numbers.create', numberInput({
      phone: '+1 201 555 0123', timeZone: 'America/New_York', billingPeriod: months(1),
      planCost: { amountMinor: 1500, currency: 'USD' }, expiryDate: '2027-01-31', rules: [{ kind: 'fee' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'renewal', amount: { amountMinor: 1500, currency: 'USD' } });
    expect(number.expiryDate).toBe('2027-02-28');
    expect(number.deadline?.sentence).toBe('Renew by Feb 28, 2027 (end of day, New York time): the expiry date, set by the renewal of Nov 25, 2026.');
  });

  it('after a lapse, the new period starts on the day of payment', async () => {
    const created = await core.call('numbers.create', numberInput({
      billingPeriod: { count: 30, unit: 'days' }, expiryDate: '2026-10-01', rules: [{ kind: 'fee' }],
    }));
    const { number } = await core.call('events.record', { numberId: created.id, kind: 'renewal', occurredOn: '2026-11-20' });
    expect(number.expiryDate).toBe('2026-12-20');
  });

  it('needs a billing period', async () => {
    const error = await core.fail('numbers.create', numberInput({ expiryDate: '2026-12-01', rules: [{ kind: 'fee' }] }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'rules.0', reason: 'needs_billing_period' });
  });
});

describe('combined rules', () => {
  it('the next deadline is the earliest rule, and each rule explains its own', async () => {
    const created = await core.call('numbers.create', numberInput({
      billingPeriod: months(12), expiryDate: '2027-06-30',
      rules: [
        { kind: 'fee' },
        { kind: 'activity', every: days(90), counts: ['call', 'sms'], lastOn: '2026-10-01' },
        { kind: 'topup', every: months(12), lastOn: null },
      ],
    }));
    expect(created.ruleDeadlines.map((d) => d.on)).toEqual(['2027-06-30', '2026-12-30', null]);
    expect(created.deadlineOn).toBe('2026-12-30');
    expect(created.deadline?.explanation.source).toBe('activity');
    expect(created.ruleDeadlines[2]?.sentence).toBe('No deadline yet: enter the date of the last top-up.');
  });

  it('an expiry date with no rule is a deadline of its own', async () => {
    const created = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-24' }));
    expect(created.deadlineOn).toBe('2026-12-24');
    expect(created.deadline?.explanation.source).toBe('expiry');
  });

  it('explains itself in Chinese too', async () => {
    const created = await core.call('numbers.create', numberInput({
      rules: [{ kind: 'topup', every: days(180), lastOn: '2026-06-06' }],
    }));
    const view = await core.call('numbers.get', { id: created.id }, 'zh-CN');
    expect(view.deadline?.sentence).toBe('请在 2026年12月3日（科威特时间当天结束前）充值：上次充值 2026年6月6日（您录入） + 180天。');
  });
});
