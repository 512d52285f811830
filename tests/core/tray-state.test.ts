import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

// 13:00 in Kuwait; already 00:00 on 26 Nov at Kiritimati (UTC+14).
const NOW = '2026-11-25T10:00:00Z';
const grace = [{ name: 'receive-only', length: { count: 30, unit: 'days' as const }, works: 'incoming SMS' }];

let core: TestCore;
beforeEach(async () => {
  core = await testCore(NOW);
});
afterEach(() => core.close());

let serial = 0;
async function add(label: string, overrides: Parameters<typeof numberInput>[0] = {}) {
  serial += 1;
  return core.call('numbers.create', numberInput({ phone: `+965 6000 ${String(1000 + serial)}`, label, ...overrides }));
}

describe('reminders.trayState', () => {
  it('counts numbers in grace and due today in each carrier’s calendar, and lists the five nearest not yet lost', async () => {
    await add('lost', { expiryDate: '2026-10-01' });
    await add('grace', { expiryDate: '2026-11-20', lapsePhases: grace });
    // Kiritimati's 25 Nov ended an hour ago: in grace, not due today.
    await add('kiritimati', { expiryDate: '2026-11-25', timeZone: 'Pacific/Kiritimati', lapsePhases: grace });
    await add('today', { expiryDate: '2026-11-25' });
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
