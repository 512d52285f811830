import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeState } from '#core/db/event-states.ts';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
});
afterEach(() => core.close());

const rowOf = (id: number) => core.db.prepare('SELECT * FROM numbers WHERE id = ?').get(id) as Record<string, unknown>;
const statesOf = (id: number) => core.db.prepare('SELECT state_before, state_after FROM events WHERE id = ?').get(id) as { state_before: unknown; state_after: unknown };

async function validityNumber() {
  return core.call('numbers.create', numberInput({
    label: 'Kuwait eSIM', notes: 'Bought at the airport; the PUK is in the blue folder.',
    planCost: { amountMinor: 1000, currency: 'KWD' }, billingPeriod: { count: 30, unit: 'days' }, expiryDate: '2026-12-01',
    rules: [{ kind: 'validity', extension: { type: 'fixed', by: { count: 30, unit: 'days' } }, mode: 'add' }],
    lapsePhases: [{ name: 'grace', length: { count: 30, unit: 'days' }, works: 'receive only', creditLost: true }],
  }));
}

describe("an event's copies of its number", () => {
  it('are kept deflated, a fraction of their JSON, and read back as the number was before and after', async () => {
    const { id } = await validityNumber();
    const before = rowOf(id);
    const { event } = await core.call('events.record', { numberId: id, kind: 'renewal', amount: { amountMinor: 1000, currency: 'KWD' } });
    const after = rowOf(id);
    const stored = statesOf(event.id);
    expect(stored.state_before).toBeInstanceOf(Uint8Array);
    expect(decodeState(stored.state_before as Uint8Array)).toEqual(before);
    expect(decodeState(stored.state_after as Uint8Array)).toEqual(after);
    const json = JSON.stringify(before).length + JSON.stringify(after).length;
    const kept = (stored.state_before as Uint8Array).length + (stored.state_after as Uint8Array).length;
    expect(kept).toBeLessThan(json / 3);
  });

  it('let many events share a page of the file, where one used to fill a page', async () => {
    const { id } = await validityNumber();
    for (let day = 1; day <= 120; day += 1) {
      await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'sms', occurredOn: `2026-${day <= 60 ? '09' : '10'}-${String(((day - 1) % 30) + 1).padStart(2, '0')}` });
    }
    const pages = core.db.prepare("SELECT count(*) FROM dbstat WHERE name = 'events'").pluck().get() as number;
    expect(120 / pages).toBeGreaterThan(6);
  });

  it('written as JSON text by an earlier version still show their changes, undo and replay, which writes them deflated', async () => {
    const { id } = await validityNumber();
    const { event: first } = await core.call('events.record', { numberId: id, kind: 'renewal', occurredOn: '2026-11-20' });
    const { event: last } = await core.call('events.record', { numberId: id, kind: 'renewal' });
    // As an earlier version stored them.
    const asText = core.db.prepare('UPDATE events SET state_before = ?, state_after = ? WHERE id = ?');
    for (const eventId of [first.id, last.id]) {
      const { state_before, state_after } = statesOf(eventId);
      asText.run(JSON.stringify(decodeState(state_before as Uint8Array)), JSON.stringify(decodeState(state_after as Uint8Array)), eventId);
    }
    expect(typeof statesOf(first.id).state_before).toBe('string');

    const { items } = await core.call('events.list', { numberId: id });
    expect(items.map((item) => item.changes.find((change) => change.field === 'expiryDate'))).toEqual([
      { field: 'expiryDate', before: '2026-12-31', after: '2027-01-30' },
      { field: 'expiryDate', before: '2026-12-01', after: '2026-12-31' },
    ]);
    // Deleting the first renewal replays the second from the first's state before: one renewal, 31 Dec.
    expect((await core.call('events.delete', { id: first.id })).number.expiryDate).toBe('2026-12-31');
    expect(statesOf(last.id).state_before).toBeInstanceOf(Uint8Array);
    expect((await core.call('events.undoLast', { numberId: id })).number.expiryDate).toBe('2026-12-01');
  });
});
