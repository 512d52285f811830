import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-01T12:00:00Z');
});
afterEach(() => core.close());

const phases = [
  { name: 'receive-only', length: { count: 30, unit: 'days' as const }, works: 'incoming calls and SMS' },
  { name: 'suspended', length: { count: 60, unit: 'days' as const }, works: 'nothing', creditLost: true },
];

async function statusAt(id: number, iso: string) {
  core.clock.set(iso);
  return (await core.call('numbers.get', { id })).status;
}

describe('status follows the deadline and the lapse phases, to the second', () => {
  it('a Kuwait number passes its deadline at Kuwait midnight, wherever the user is', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03', lapsePhases: phases }));
    // 23:59:59 in Kuwait on 3 Dec is 12:59:59 in Los Angeles the same day.
    expect((await statusAt(id, '2026-12-03T20:59:59Z')).state).toBe('due_soon');
    expect(await statusAt(id, '2026-12-03T21:00:00Z')).toMatchObject({ state: 'grace', phaseName: 'receive-only', phaseIndex: 0 });
  });

  it('moves through each phase at the end of its last day, then the number is lost', async () => {
    const view = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03', lapsePhases: phases }));
    // receive-only runs to the end of 2 Jan 2027, suspended to the end of 3 Mar 2027 (Kuwait time).
    expect(view.creditLostAt).toBe('2027-01-02T21:00:00.000Z');
    expect(view.numberLostAt).toBe('2027-03-03T21:00:00.000Z');
    expect((await statusAt(view.id, '2027-01-02T20:59:59Z')).phaseName).toBe('receive-only');
    expect((await statusAt(view.id, '2027-01-02T21:00:00Z')).phaseName).toBe('suspended');
    expect((await statusAt(view.id, '2027-03-03T20:59:59Z')).state).toBe('grace');
    expect((await statusAt(view.id, '2027-03-03T21:00:00Z')).state).toBe('lost');
  });

  it('without lapse phases, the number is lost at the deadline', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    expect((await statusAt(id, '2026-12-03T21:00:00Z')).state).toBe('lost');
  });

  it('is due soon inside the largest lead time (30 days), counted in carrier days', async () => {
    const { id } = await core.call('numbers.create', numberInput({
      phone: '+686 7301 2345', timeZone: 'Pacific/Kiritimati', expiryDate: '2026-12-31',
    }));
    // 1 Dec 2026 begins on Kiritimati at 30 Nov 10:00 UTC: 30 days left from then.
    expect(await statusAt(id, '2026-11-30T09:59:59Z')).toMatchObject({ state: 'ok', daysLeft: 31 });
    expect(await statusAt(id, '2026-11-30T10:00:00Z')).toMatchObject({ state: 'due_soon', daysLeft: 30 });
  });

  it('crosses a DST change in Los Angeles at local midnight', async () => {
    const { id } = await core.call('numbers.create', numberInput({
      phone: '+1 415 555 2671', timeZone: 'America/Los_Angeles', expiryDate: '2026-11-01',
    }));
    // 1 Nov 2026 is the 25-hour day; it ends at 2 Nov 00:00 PST = 08:00 UTC.
    expect((await statusAt(id, '2026-11-02T07:59:59Z')).state).toBe('due_soon');
    expect((await statusAt(id, '2026-11-02T08:00:00Z')).state).toBe('lost');
  });

  it('a number with no date to count from is ok with no deadline', async () => {
    const view = await core.call('numbers.create', numberInput());
    expect(view.deadline).toBeNull();
    expect(view.status).toEqual({ state: 'ok', phaseIndex: null, phaseName: null, daysLeft: null });
  });
});

describe('the list', () => {
  it('is sorted by deadline, filters by status, and hides archived numbers unless asked', async () => {
    const late = await core.call('numbers.create', numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', expiryDate: '2027-05-01' }));
    const soon = await core.call('numbers.create', numberInput({ phone: '+965 6000 1234', expiryDate: '2026-11-10' }));
    const none = await core.call('numbers.create', numberInput({ phone: '+33 6 12 34 56 78', timeZone: 'Europe/Paris' }));
    const gone = await core.call('numbers.create', numberInput({ phone: '+49 1512 3456789', timeZone: 'Europe/Berlin', expiryDate: '2026-10-01' }));
    const list = await core.call('numbers.list', {});
    expect(list.items.map((n) => n.id)).toEqual([gone.id, soon.id, late.id, none.id]);
    expect((await core.call('numbers.list', { status: ['due_soon'] })).items.map((n) => n.id)).toEqual([soon.id]);
    expect((await core.call('numbers.list', { status: ['lost'] })).items.map((n) => n.id)).toEqual([gone.id]);

    await core.call('numbers.setArchived', { id: gone.id, archived: true });
    expect((await core.call('numbers.list', {})).items.map((n) => n.id)).toEqual([soon.id, late.id, none.id]);
    expect((await core.call('numbers.list', { includeArchived: true })).items).toHaveLength(4);
  });

  it('finds a number typed in any format, and labels, owners and notes', async () => {
    const uk = await core.call('numbers.create', numberInput({ phone: '+44 7400 123456', timeZone: 'Europe/London', owner: 'Ana Lima', notes: 'spare for banking' }));
    await core.call('numbers.create', numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Tokyo data' }));
    for (const search of ['+44 7400 123456', '07400123456', '447400123456', '7400 123', 'ana lima', 'BANKING']) {
      const found = await core.call('numbers.list', { search });
      expect(found.items.map((n) => n.id), search).toEqual([uk.id]);
    }
    expect((await core.call('numbers.list', { search: '100%' })).items).toHaveLength(0);
  });
});
