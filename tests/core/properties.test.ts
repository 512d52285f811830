import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputRaw } from '#shared/contract.ts';
import { QUALIFYING_ACTIONS, type RuleInput } from '#shared/rules.ts';
import { addDays } from '#core/domain/dates.ts';
import { testCore, type TestCore } from './support/test-core.ts';

// Property tests on the real handlers and a real SQLite file: random numbers, rules and events.
let core: TestCore;
let serial = 0;
beforeAll(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
});
afterAll(() => core.close());

const TODAY = '2026-11-25';
const day = fc.integer({ min: -400, max: 0 }).map((offset) => addDays(TODAY, offset));
const anyDay = fc.integer({ min: -400, max: 400 }).map((offset) => addDays(TODAY, offset));
const period = fc.oneof(
  fc.record({ count: fc.integer({ min: 1, max: 400 }), unit: fc.constant('days' as const) }),
  fc.record({ count: fc.integer({ min: 1, max: 24 }), unit: fc.constant('months' as const) }),
  fc.record({ count: fc.integer({ min: 1, max: 3 }), unit: fc.constant('years' as const) }),
);
const amount = fc.record({ amountMinor: fc.integer({ min: 0, max: 50_000 }), currency: fc.constantFrom('KWD', 'USD') });

const rule: fc.Arbitrary<RuleInput> = fc.oneof(
  fc.record({
    kind: fc.constant('activity' as const),
    every: period,
    counts: fc.uniqueArray(fc.constantFrom(...QUALIFYING_ACTIONS), { minLength: 1 }),
    lastOn: fc.option(day),
    overrideOn: fc.option(anyDay, { freq: 4 }),
  }),
  fc.record({
    kind: fc.constant('topup' as const),
    every: period,
    minAmountMinor: fc.option(fc.integer({ min: 0, max: 20_000 })),
    lastOn: fc.option(day),
    overrideOn: fc.option(anyDay, { freq: 4 }),
  }),
  fc.record({
    kind: fc.constant('validity' as const),
    extension: fc.oneof(
      fc.record({ type: fc.constant('fixed' as const), by: period }),
      fc.record({
        type: fc.constant('table' as const),
        tiers: fc.array(fc.record({ minAmountMinor: fc.integer({ min: 0, max: 40_000 }), by: period }), { minLength: 1, maxLength: 4 }),
      }),
    ),
    mode: fc.constantFrom('reset' as const, 'add' as const, 'later_of' as const),
    cap: fc.option(period),
  }),
  fc.constant({ kind: 'fee' as const }),
);

const number = fc.record({
  expiryDate: fc.option(anyDay),
  billingPeriod: period,
  planCost: amount,
  rules: fc.array(rule, { maxLength: 4 }),
});

const event = fc.oneof(
  fc.record({ kind: fc.constant('renewal' as const), occurredOn: day, amount: fc.option(amount) }),
  fc.record({ kind: fc.constant('topup' as const), occurredOn: day, amount }),
  fc.record({ kind: fc.constant('activity' as const), occurredOn: day, activityType: fc.constantFrom('call' as const, 'sms' as const, 'data' as const, 'addon' as const) }),
);

async function create(spec: Partial<InputRaw<'numbers.create'>>) {
  serial += 1;
  return core.call('numbers.create', {
    phone: `+8190${String(10_000_000 + serial)}`,
    timeZone: 'Asia/Tokyo',
    ...spec,
  });
}

const rowOf = (id: number) => core.db.prepare('SELECT * FROM numbers WHERE id = ?').get(id);

describe('properties', () => {
  it('recording a renewal, top-up or activity never moves a deadline earlier', async () => {
    await fc.assert(
      fc.asyncProperty(number, event, async (spec, happened) => {
        const before = await create(spec);
        const { number: after } = await core.call('events.record', { numberId: before.id, ...happened });
        // A backdated top-up can make an unknown expiry known, which may honestly be earlier: every date
        // that was known never moves earlier, and neither does the next deadline unless a new date appeared.
        const learnedNewDate = before.ruleDeadlines.some((deadline, index) => deadline.on === null && after.ruleDeadlines[index]!.on !== null)
          || (before.expiryDate === null && after.expiryDate !== null);
        if (before.deadlineOn !== null && !learnedNewDate) {
          expect(after.deadlineOn).not.toBeNull();
          expect(after.deadlineOn! >= before.deadlineOn).toBe(true);
        }
        before.ruleDeadlines.forEach((deadline, index) => {
          if (deadline.on !== null) expect(after.ruleDeadlines[index]!.on! >= deadline.on).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('undo restores the exact previous row, event after event', async () => {
    await fc.assert(
      fc.asyncProperty(number, fc.array(event, { minLength: 1, maxLength: 4 }), async (spec, happenings) => {
        const { id } = await create(spec);
        const rows = [rowOf(id)];
        for (const happened of happenings) {
          await core.call('events.record', { numberId: id, ...happened });
          rows.push(rowOf(id));
        }
        for (let index = happenings.length - 1; index >= 0; index -= 1) {
          await core.call('events.undoLast', { numberId: id });
          expect(rowOf(id)).toEqual(rows[index]);
        }
        expect((await core.call('events.list', { numberId: id })).items).toHaveLength(0);
      }),
      { numRuns: 80 },
    );
  });
});
