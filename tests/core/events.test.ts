import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
});
afterEach(() => core.close());

const rowOf = (id: number) => core.db.prepare('SELECT * FROM numbers WHERE id = ?').get(id);

async function validityNumber() {
  return core.call('numbers.create', numberInput({
    planCost: { amountMinor: 1000, currency: 'KWD' }, billingPeriod: { count: 30, unit: 'days' }, expiryDate: '2026-12-01',
    rules: [{ kind: 'validity', extension: { type: 'fixed', by: { count: 30, unit: 'days' } }, mode: 'add' }],
  }));
}

describe('recording what the user did', () => {
  it('records every kind of event with its details, newest first', async () => {
    const { id } = await validityNumber();
    await core.call('events.record', { numberId: id, kind: 'renewal', amount: { amountMinor: 1000, currency: 'KWD' }, method: 'Visa 4242', occurredOn: '2026-11-01' });
    await core.call('events.record', { numberId: id, kind: 'topup', amount: { amountMinor: 500, currency: 'KWD' }, occurredOn: '2026-11-02' });
    await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'call', occurredOn: '2026-11-03' });
    await core.call('events.record', { numberId: id, kind: 'plan_change', planName: 'Visitor 30', planCost: { amountMinor: 1500, currency: 'KWD' }, billingPeriod: { count: 1, unit: 'months' } });
    await core.call('events.record', { numberId: id, kind: 'balance_check', balance: { amountMinor: 2250, currency: 'KWD' } });
    await core.call('events.record', { numberId: id, kind: 'payment_failed', reason: 'card declined', amount: { amountMinor: 1500, currency: 'KWD' } });
    const { items } = await core.call('events.list', { numberId: id });
    expect(items.map((e) => e.kind)).toEqual(['payment_failed', 'balance_check', 'plan_change', 'activity', 'topup', 'renewal']);
    expect(items[0]).toMatchObject({ reason: 'card declined', undoable: true });
    expect(items[1]?.details).toEqual({ balance: { amountMinor: 2250, currency: 'KWD' } });
    expect(items[2]?.changes.map((c) => c.field)).toEqual(['planName', 'planCost', 'billingPeriod']);
    expect(items[5]?.changes).toContainEqual({ field: 'expiryDate', before: '2026-12-01', after: '2026-12-31' });
    expect(items.slice(1).every((e) => !e.undoable)).toBe(true);
    const number = await core.call('numbers.get', { id });
    expect(number).toMatchObject({ planName: 'Visitor 30', expiryDate: '2027-01-30' });
  });

  it('lists events by the day they happened, and offers to undo the one recorded last wherever it falls', async () => {
    const { id } = await validityNumber();
    await core.call('events.record', { numberId: id, kind: 'topup', amount: { amountMinor: 500, currency: 'KWD' }, occurredOn: '2026-11-10' });
    await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'call', occurredOn: '2026-11-20' });
    // A renewal forgotten at the time, recorded last.
    await core.call('events.record', { numberId: id, kind: 'renewal', amount: { amountMinor: 1000, currency: 'KWD' }, occurredOn: '2026-11-01' });
    const { items } = await core.call('events.list', { numberId: id });
    expect(items.map((event) => [event.kind, event.occurredOn, event.undoable])).toEqual([
      ['activity', '2026-11-20', false],
      ['topup', '2026-11-10', false],
      ['renewal', '2026-11-01', true],
    ]);
    await core.call('events.undoLast', { numberId: id });
    expect((await core.call('events.list', { numberId: id })).items.map((event) => [event.kind, event.undoable])).toEqual([
      ['activity', true],
      ['topup', false],
    ]);
  });

  it('dates an event today in the carrier zone when no date is given', async () => {
    core.clock.set('2026-11-25T22:30:00Z'); // already 26 Nov in Kuwait
    const { id } = await validityNumber();
    const { event } = await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'sms' });
    expect(event.occurredOn).toBe('2026-11-26');
  });

  it('refuses a date in the future of the carrier zone, and changes nothing', async () => {
    const { id } = await validityNumber();
    const before = rowOf(id);
    const error = await core.fail('events.record', { numberId: id, kind: 'renewal', occurredOn: '2026-11-27' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'occurredOn', reason: 'future_date' });
    expect(error.message).toBe('Date cannot be in the future (today is 2026-11-25 in Kuwait)');
    expect(rowOf(id)).toEqual(before);
    expect((await core.call('events.list', { numberId: id })).items).toHaveLength(0);
  });

  it('requires what each kind needs', async () => {
    const { id } = await validityNumber();
    expect(await core.fail('events.record', { numberId: id, kind: 'topup' })).toMatchObject({ field: 'amount', reason: 'required' });
    expect(await core.fail('events.record', { numberId: id, kind: 'payment_failed', reason: ' ' })).toMatchObject({ field: 'reason', reason: 'required' });
    expect(await core.fail('events.record', { numberId: id, kind: 'activity' })).toMatchObject({ field: 'activityType', reason: 'required' });
    expect(await core.fail('events.record', { numberId: id, kind: 'gift' })).toMatchObject({ field: 'kind', reason: 'not_allowed_value' });
    expect(await core.fail('events.record', { numberId: 999, kind: 'renewal' })).toMatchObject({ code: 'not_found' });
  });

  it('names the currency of an amount or a balance, and asks for its three letters', async () => {
    const { id } = await validityNumber();
    const topup = await core.fail('events.record', { numberId: id, kind: 'topup', amount: { amountMinor: 1000, currency: '新币' } }, 'zh-CN');
    expect(topup.issues).toEqual([{ field: 'amount.currency', reason: 'unknown_currency', message: '金额的币种无法识别：请写 3 个字母的代码，如 SGD' }]);
    const balance = await core.fail('events.record', { numberId: id, kind: 'balance_check', balance: { amountMinor: 1000, currency: 'sgd' } });
    expect(balance.message).toBe('Currency of the balance is not recognized: write its 3-letter ISO code, such as SGD');
  });
});

describe('the expiry date the carrier shows after a payment', () => {
  it('wins over what the rules compute, and history, undo and edits keep it', async () => {
    const { id } = await validityNumber();
    // The rule adds 30 days (1 Dec → 31 Dec); the carrier's site says 15 Jan.
    const { number, event } = await core.call('events.record', { numberId: id, kind: 'topup', amount: { amountMinor: 500, currency: 'KWD' }, newExpiryDate: '2027-01-15' });
    expect(number.expiryDate).toBe('2027-01-15');
    expect(event.details).toEqual({ newExpiryDate: '2027-01-15' });
    expect(event.changes).toContainEqual({ field: 'expiryDate', before: '2026-12-01', after: '2027-01-15' });
    // An edit of the payment's date replays it with the date the carrier showed.
    const edited = await core.call('events.update', { id: event.id, event: { numberId: id, kind: 'topup', amount: { amountMinor: 500, currency: 'KWD' }, occurredOn: '2026-11-20', newExpiryDate: '2027-01-15' } });
    expect(edited.number.expiryDate).toBe('2027-01-15');
    await core.call('events.undoLast', { numberId: id });
    expect((await core.call('numbers.get', { id })).expiryDate).toBe('2026-12-01');
  });

  it('moves the expiry of a number with no rule to extend it, which a renewal alone cannot', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-01' }));
    expect((await core.call('events.record', { numberId: id, kind: 'renewal' })).number.expiryDate).toBe('2026-12-01');
    const { number } = await core.call('events.record', { numberId: id, kind: 'renewal', newExpiryDate: '2027-06-01' });
    expect(number).toMatchObject({ expiryDate: '2027-06-01', deadlineOn: '2027-06-01' });
  });

  it('refuses a date before the expiry on file or before the payment, and changes nothing', async () => {
    const { id } = await validityNumber();
    const before = rowOf(id);
    const earlier = await core.fail('events.record', { numberId: id, kind: 'renewal', newExpiryDate: '2026-11-30' });
    expect(earlier).toMatchObject({ code: 'invalid_input', field: 'newExpiryDate', reason: 'before_expiry' });
    expect(earlier.message).toBe('New expiry date is before the expiry date Keepline already has (2026-12-01): correct that date with Edit if it is wrong');
    const { id: bare } = await core.call('numbers.create', numberInput({ phone: '+965 6000 9876' }));
    expect(await core.fail('events.record', { numberId: bare, kind: 'renewal', occurredOn: '2026-11-20', newExpiryDate: '2026-11-19' })).toMatchObject({
      field: 'newExpiryDate', reason: 'before_event',
    });
    expect(await core.fail('events.record', { numberId: id, kind: 'renewal', newExpiryDate: '2027-02-30' })).toMatchObject({ field: 'newExpiryDate', reason: 'not_a_date' });
    // Only a payment says what the carrier extended to.
    expect(await core.fail('events.record', { numberId: id, kind: 'activity', activityType: 'call', newExpiryDate: '2027-01-15' })).toMatchObject({ field: 'newExpiryDate', reason: 'unknown_key' });
    expect(rowOf(id)).toEqual(before);
    expect((await core.call('events.list', { numberId: id })).items).toHaveLength(0);
  });
});

describe('preview and undo', () => {
  it('preview shows the new expiry without recording anything', async () => {
    const { id } = await validityNumber();
    const before = rowOf(id);
    const preview = await core.call('events.preview', { numberId: id, kind: 'renewal', amount: { amountMinor: 1000, currency: 'KWD' } });
    expect(preview.number.expiryDate).toBe('2026-12-31');
    expect(rowOf(id)).toEqual(before);
    expect(core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('preview says when a renewal moves no date: a number with no rule or billing period, no new expiry given', async () => {
    const { id } = await core.call('numbers.create', numberInput({ planCost: { amountMinor: 9900, currency: 'THB' }, expiryDate: '2026-12-08' }));
    const renewal = { numberId: id, kind: 'renewal', amount: { amountMinor: 9900, currency: 'THB' } } as const;
    const preview = await core.call('events.preview', renewal);
    expect(preview.notes).toEqual({ movesDates: false, sameDayCount: 0 });
    expect((await core.call('events.preview', { ...renewal, newExpiryDate: '2027-01-08' })).notes.movesDates).toBe(true);
    // A rule that extends the expiry moves it.
    const ruled = await core.call('numbers.create', numberInput({ phone: '+965 6000 9999', expiryDate: '2026-12-08', rules: [{ kind: 'validity', extension: { type: 'fixed', by: { count: 30, unit: 'days' } }, mode: 'add' }] }));
    expect((await core.call('events.preview', { numberId: ruled.id, kind: 'renewal' })).notes.movesDates).toBe(true);
  });

  it('preview counts the events of the same kind and amount already recorded for the number that day', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-08' }));
    const thb = (amountMinor: number) => ({ amountMinor, currency: 'THB' });
    const renewal = { numberId: id, kind: 'renewal', amount: thb(9900) } as const;
    await core.call('events.record', renewal);
    await core.call('events.record', renewal);
    await core.call('events.record', { ...renewal, amount: thb(5000) });
    await core.call('events.record', { ...renewal, occurredOn: '2026-11-24' });
    await core.call('events.record', { numberId: id, kind: 'topup', amount: thb(9900) });
    const other = await core.call('numbers.create', numberInput({ phone: '+965 6000 9999', expiryDate: '2026-12-08' }));
    await core.call('events.record', { ...renewal, numberId: other.id });

    expect((await core.call('events.preview', renewal)).notes.sameDayCount).toBe(2);
    expect((await core.call('events.preview', { ...renewal, amount: thb(5000) })).notes.sameDayCount).toBe(1);
    expect((await core.call('events.preview', { ...renewal, amount: null })).notes.sameDayCount).toBe(0);
    expect((await core.call('events.preview', { ...renewal, occurredOn: '2026-11-24' })).notes.sameDayCount).toBe(1);
    expect((await core.call('events.preview', { ...renewal, occurredOn: '2026-11-23' })).notes.sameDayCount).toBe(0);
    // Recording still works: a second renewal the same day can be real.
    await core.call('events.record', renewal);
    expect((await core.call('events.preview', renewal)).notes.sameDayCount).toBe(3);
  });

  it('undo of a given event takes back that event only while it is the one recorded last', async () => {
    const { id } = await validityNumber();
    const first = (await core.call('events.record', { numberId: id, kind: 'renewal' })).event;
    const second = (await core.call('events.record', { numberId: id, kind: 'activity', activityType: 'call' })).event;
    const refused = await core.fail('events.undoLast', { numberId: id, eventId: first.id });
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'eventId', reason: 'not_last_event' });
    expect(refused.message).toBe('Event was followed by another event of this number, so it can no longer be undone here: edit or delete it in History');
    expect((await core.call('events.list', { numberId: id })).items).toHaveLength(2);
    expect((await core.call('events.undoLast', { numberId: id, eventId: second.id })).undone.id).toBe(second.id);
    // Pressed twice: the event is gone, and the one before it stays.
    expect(await core.fail('events.undoLast', { numberId: id, eventId: second.id })).toMatchObject({ code: 'not_found' });
    expect((await core.call('events.list', { numberId: id })).items.map((event) => event.id)).toEqual([first.id]);
  });

  it('undo restores the number exactly as it was and removes the event', async () => {
    const { id } = await validityNumber();
    const before = rowOf(id);
    core.clock.set('2026-11-25T13:00:00Z');
    const { event } = await core.call('events.record', { numberId: id, kind: 'renewal', amount: { amountMinor: 1000, currency: 'KWD' } });
    expect(rowOf(id)).not.toEqual(before);
    const { undone, number } = await core.call('events.undoLast', { numberId: id });
    expect(undone.id).toBe(event.id);
    expect(number.expiryDate).toBe('2026-12-01');
    expect(rowOf(id)).toEqual(before);
    expect(await core.fail('events.undoLast', { numberId: id })).toMatchObject({ field: 'numberId', reason: 'nothing_to_undo' });
  });

  it('saving the number unchanged is not an edit: undo still works', async () => {
    const created = await validityNumber();
    await core.call('events.record', { numberId: created.id, kind: 'renewal' });
    const current = await core.call('numbers.get', { id: created.id });
    const same = numberInput({ planCost: current.planCost, billingPeriod: current.billingPeriod, expiryDate: current.expiryDate, rules: current.rules });
    expect((await core.call('numbers.update', { id: created.id, number: same })).updatedAt).toBe(current.updatedAt);
    expect((await core.call('events.undoLast', { numberId: created.id })).number.expiryDate).toBe('2026-12-01');
  });

  it('undo is refused once the number was edited after the event', async () => {
    const created = await validityNumber();
    await core.call('events.record', { numberId: created.id, kind: 'renewal' });
    const current = await core.call('numbers.get', { id: created.id });
    await core.call('numbers.update', {
      id: created.id,
      number: numberInput({ label: 'Renamed', planCost: current.planCost, billingPeriod: current.billingPeriod, expiryDate: current.expiryDate, rules: current.rules }),
    });
    expect(await core.fail('events.undoLast', { numberId: created.id })).toMatchObject({ reason: 'edited_since' });
    expect((await core.call('events.list', { numberId: created.id })).items[0]?.undoable).toBe(false);
  });
});
