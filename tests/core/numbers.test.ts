import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore();
});
afterEach(() => core.close());

describe('adding a number', () => {
  it('accepts national input with a country, stores E.164 and shows it formatted', async () => {
    const view = await core.call('numbers.create', numberInput({ phone: '07400 123456', country: 'GB', timeZone: 'Europe/London' }));
    expect(view).toMatchObject({ e164: '+447400123456', formatted: '+44 7400 123456', national: '07400 123456', country: 'GB' });
  });

  it('takes the country from an international number, with 00 as well as +', async () => {
    const view = await core.call('numbers.create', numberInput({ phone: '0081 90-1234-5678', timeZone: 'Asia/Tokyo' }));
    expect(view).toMatchObject({ e164: '+819012345678', country: 'JP' });
  });

  it('refuses a number of another country than the one chosen, naming both', async () => {
    const error = await core.fail('numbers.create', numberInput({ phone: '+44 7400 123456', country: 'FR' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'phone', reason: 'wrong_country' });
    expect(error.message).toBe('Phone number belongs to United Kingdom, not France');
  });

  it('refuses an invalid number, in the caller language', async () => {
    const error = await core.fail('numbers.create', numberInput({ phone: '12345' }), 'zh-CN');
    expect(error.field).toBe('phone');
    expect(error.message).toMatch(/^电话号码无效：请以 \+ 加国家代码开头/);
  });

  it('refuses the same number twice, naming the one already there as people read it, in their language', async () => {
    await core.call('numbers.create', numberInput({ label: 'First' }));
    const error = await core.fail('numbers.create', numberInput({ phone: '+96560001234', label: 'Second' }));
    expect(error).toMatchObject({ code: 'conflict', field: 'phone', reason: 'duplicate' });
    expect(error.message).toBe('Phone number is already in Keepline (First, +965 6000 1234)');
    await core.call('numbers.create', { phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', label: '香港 csl 储值卡' });
    const zh = await core.fail('numbers.create', { phone: '+85251234567', timeZone: 'Asia/Hong_Kong' }, 'zh-CN');
    expect(zh.message).toBe('电话号码已存在于 Keepline（香港 csl 储值卡，+852 5123 4567）');
    await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London' });
    const unnamed = await core.fail('numbers.create', { phone: '07400 123456', country: 'GB', timeZone: 'Europe/London' }, 'zh-CN');
    expect(unnamed.message).toBe('电话号码已存在于 Keepline（+44 7400 123456）');
  });

  it('reads a number typed with full-width digits, plus and spaces (a Chinese keyboard)', async () => {
    const view = await core.call('numbers.create', { phone: '＋８５２　５１２３ ７７７７', timeZone: 'Asia/Hong_Kong' });
    expect(view).toMatchObject({ e164: '+85251237777', country: 'HK' });
    const national = await core.call('numbers.create', { phone: '１３８－００１３－８０００', country: 'CN', timeZone: 'Asia/Shanghai' });
    expect(national).toMatchObject({ e164: '+8613800138000' });
    expect((await core.call('numbers.list', { search: '５１２３' })).items.map((item) => item.e164)).toEqual(['+85251237777']);
  });

  it('asks for a three-letter code when a currency is written any other way', async () => {
    const input = numberInput({ planCost: { amountMinor: 1000, currency: '新币' } });
    const error = await core.fail('numbers.create', input, 'zh-CN');
    expect(error.issues).toEqual([
      { field: 'planCost.currency', reason: 'unknown_currency', message: '套餐费用的币种无法识别：请写 3 个字母的代码，如 SGD' },
    ]);
    expect((await core.fail('numbers.create', input)).message).toBe('Currency of the plan cost is not recognized: write its 3-letter ISO code, such as SGD');
  });

  it('keeps money as integer minor units with its currency', async () => {
    const view = await core.call('numbers.create', numberInput({ planCost: { amountMinor: 3500, currency: 'KWD' } }));
    expect(view.planCost).toEqual({ amountMinor: 3500, currency: 'KWD' });
    const error = await core.fail('numbers.create', numberInput({ phone: '+81 90 1234 5678', planCost: { amountMinor: 12.5, currency: 'JPY' } }));
    expect(error).toMatchObject({ field: 'planCost.amountMinor', reason: 'not_integer' });
  });

  it('refuses a card number where the payment method label goes', async () => {
    const error = await core.fail('numbers.create', numberInput({ paymentMethod: { label: 'Visa 4242 4242 4242 4242', cardExpiry: '2028-04' } }));
    expect(error).toMatchObject({ field: 'paymentMethod.label', reason: 'looks_like_card_number' });
    const view = await core.call('numbers.create', numberInput({ paymentMethod: { label: 'Visa 4242', cardExpiry: '2028-04' } }));
    expect(view.paymentMethod).toEqual({ label: 'Visa 4242', cardExpiry: '2028-04' });
  });

  it('reports a bad phone together with schema errors, so a form learns everything in one answer', async () => {
    const error = await core.fail('numbers.create', { phone: '+44 12', timeZone: 'Mars/Olympus', rules: [{ kind: 'fee' }] });
    expect((error.issues ?? []).map((issue) => [issue.field, issue.reason])).toEqual([
      ['timeZone', 'unknown_zone'],
      ['phone', 'phone_too_short'],
      ['rules.0', 'needs_billing_period'],
    ]);
  });

  it('calls an empty required text required', async () => {
    expect(await core.fail('numbers.create', numberInput({ phone: '   ' }))).toMatchObject({ field: 'phone', reason: 'required' });
  });

  it('reports every bad field at once, each with its reason', async () => {
    const error = await core.fail('numbers.create', {
      phone: '', timeZone: 'Mars/Olympus', expiryDate: '2026-02-30', kind: 'pager', tags: ['a', 'A'],
      planCost: { amountMinor: 100, currency: 'XYZ' }, billingPeriod: { count: 0, unit: 'days' },
    });
    const reasons = Object.fromEntries((error.issues ?? []).map((issue) => [issue.field, issue.reason]));
    expect(reasons).toEqual({
      phone: 'required',
      timeZone: 'unknown_zone',
      expiryDate: 'not_a_date',
      kind: 'not_allowed_value',
      tags: 'duplicate_value',
      'planCost.currency': 'unknown_currency',
      'billingPeriod.count': 'too_small',
    });
  });
});

describe('editing, archiving and deleting', () => {
  it('an edit recomputes the deadline and keeps what the edit did not touch', async () => {
    const created = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-24', tags: ['travel'] }));
    const updated = await core.call('numbers.update', { id: created.id, number: numberInput({ expiryDate: '2027-01-10', tags: ['travel', 'work'] }) });
    expect(updated).toMatchObject({ deadlineOn: '2027-01-10', tags: ['travel', 'work'], createdAt: created.createdAt });
  });

  it('an edit cannot take another number\'s phone', async () => {
    await core.call('numbers.create', numberInput());
    const other = await core.call('numbers.create', numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo' }));
    const error = await core.fail('numbers.update', { id: other.id, number: numberInput() });
    expect(error).toMatchObject({ code: 'conflict', field: 'phone' });
  });

  it('archive and unarchive, then delete with its history', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-24' }));
    await core.call('events.record', { numberId: id, kind: 'balance_check', balance: { amountMinor: 1250, currency: 'KWD' } });
    expect((await core.call('numbers.setArchived', { id, archived: true })).archived).toBe(true);
    expect((await core.call('numbers.setArchived', { id, archived: false })).archived).toBe(false);
    expect(await core.call('numbers.delete', { id })).toEqual({ deleted: id });
    expect(await core.fail('numbers.get', { id })).toMatchObject({ code: 'not_found' });
    expect(core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
    expect(await core.fail('numbers.delete', { id })).toMatchObject({ code: 'not_found' });
  });
});
