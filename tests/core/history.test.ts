import { afterEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
afterEach(() => core?.close());

const KWD = (amount: number) => ({ amountMinor: amount, currency: 'KWD' });

/** A monthly plan paid through 1 December: each renewal pays one more month. */
async function monthlyNumber(overrides: Parameters<typeof numberInput>[0] = {}) {
  return core.call('numbers.create', numberInput({ expiryDate: '2026-12-01', billingPeriod: { count: 1, unit: 'months' }, planCost: KWD(5000), rules: [{ kind: 'fee' }], ...overrides }));
}

async function renew(numberId: number, occurredOn: string, amount = 5000) {
  return (await core.call('events.record', { numberId, kind: 'renewal', occurredOn, amount: KWD(amount) })).event;
}

describe('editing and deleting past events', () => {
  it('deleting a middle renewal recomputes the expiry, and the newest event can still be undone', async () => {
    core = await testCore();
    const number = await monthlyNumber();
    await renew(number.id, '2026-11-01');
    const middle = await renew(number.id, '2026-11-10');
    await renew(number.id, '2026-11-20');
    expect((await core.call('numbers.get', { id: number.id })).expiryDate).toBe('2027-03-01');

    const { number: after } = await core.call('events.delete', { id: middle.id });
    expect(after.expiryDate).toBe('2027-02-01');
    expect(after.deadlineOn).toBe('2027-02-01');
    const { items } = await core.call('events.list', { numberId: number.id });
    expect(items.map((event) => event.occurredOn)).toEqual(['2026-11-20', '2026-11-01']);
    // History still explains each step with the replayed dates.
    expect(items[0]!.changes.find((change) => change.field === 'expiryDate')).toEqual({ field: 'expiryDate', before: '2027-01-01', after: '2027-02-01' });
    expect(items[0]!.undoable).toBe(true);
    const { number: undone } = await core.call('events.undoLast', { numberId: number.id });
    expect(undone.expiryDate).toBe('2027-01-01');
  });

  it('editing an event replays the ones after it', async () => {
    core = await testCore();
    const number = await monthlyNumber();
    const first = await renew(number.id, '2026-11-01');
    await renew(number.id, '2026-11-20');
    // The first "renewal" was really only a balance check: it paid nothing. Previewed first, nothing changes.
    const edit = { id: first.id, event: { numberId: number.id, kind: 'balance_check' as const, occurredOn: '2026-11-02', balance: KWD(1200) } };
    const before = await core.call('numbers.get', { id: number.id });
    const preview = await core.call('events.updatePreview', edit);
    expect(preview.number.expiryDate).toBe('2027-01-01');
    expect(await core.call('numbers.get', { id: number.id })).toEqual(before);
    expect((await core.call('events.list', { numberId: number.id })).items.map((item) => item.kind)).toEqual(['renewal', 'renewal']);
    const { event, number: after } = await core.call('events.update', edit);
    expect(event).toMatchObject({ kind: 'balance_check', occurredOn: '2026-11-02', amount: null, details: { balance: KWD(1200) } });
    expect(after.expiryDate).toBe('2027-01-01');
    // An edit is checked like a new event.
    expect(await core.fail('events.update', { id: first.id, event: { numberId: number.id, kind: 'renewal', occurredOn: '2027-01-01' } })).toMatchObject({ field: 'event.occurredOn', reason: 'future_date' });
    expect(await core.fail('events.delete', { id: 9999 })).toMatchObject({ code: 'not_found' });
  });

  it('keeps a date the user changed by hand between events', async () => {
    core = await testCore();
    const number = await monthlyNumber();
    const first = await renew(number.id, '2026-11-01'); // -> 2027-01-01
    const current = await core.call('numbers.get', { id: number.id });
    await core.call('numbers.update', { id: number.id, number: numberInput({ expiryDate: '2027-06-01', billingPeriod: current.billingPeriod, planCost: current.planCost, rules: current.rules }) });
    await renew(number.id, '2026-11-20'); // -> 2027-07-01
    const { number: after } = await core.call('events.delete', { id: first.id });
    expect(after.expiryDate).toBe('2027-07-01');
  });
});

describe('history across numbers', () => {
  it('filters by number, owner, country, carrier, kind and dates, newest first, in pages', async () => {
    core = await testCore();
    const kw = await monthlyNumber({ owner: 'Ann', carrier: 'Zain' });
    const uk = await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London', owner: 'Bob', carrier: 'EE' });
    await renew(kw.id, '2026-10-01');
    await renew(kw.id, '2026-11-01');
    await core.call('events.record', { numberId: uk.id, kind: 'topup', occurredOn: '2026-10-15', amount: { amountMinor: 1000, currency: 'GBP' } });
    await core.call('events.record', { numberId: uk.id, kind: 'activity', occurredOn: '2026-11-02', activityType: 'call' });

    const all = await core.call('history.list', {});
    expect(all.total).toBe(4);
    expect(all.items.map((item) => [item.occurredOn, item.kind, item.owner])).toEqual([
      ['2026-11-02', 'activity', 'Bob'], ['2026-11-01', 'renewal', 'Ann'], ['2026-10-15', 'topup', 'Bob'], ['2026-10-01', 'renewal', 'Ann'],
    ]);
    expect((await core.call('history.list', { owner: 'ann' })).total).toBe(2);
    expect((await core.call('history.list', { country: 'GB' })).total).toBe(2);
    expect((await core.call('history.list', { carrier: 'zain', from: '2026-10-15' })).items.map((item) => item.occurredOn)).toEqual(['2026-11-01']);
    expect((await core.call('history.list', { kinds: ['topup', 'activity'], to: '2026-10-31' })).items.map((item) => item.kind)).toEqual(['topup']);
    expect((await core.call('history.list', { numberId: uk.id })).total).toBe(2);
    const page = await core.call('history.list', { offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((item) => item.occurredOn)).toEqual(['2026-11-01', '2026-10-15']);
  });
});

describe('reversed dates', () => {
  it('are refused beside `to` by the history, its exports and spending, instead of answering nothing', async () => {
    core = await testCore();
    const kw = await monthlyNumber();
    await renew(kw.id, '2026-11-01');
    const reversed = { from: '2026-11-20', to: '2026-11-01' };
    for (const method of ['history.list', 'export.historyCsv', 'export.historyJson', 'spending.summary']) {
      expect(await core.fail(method, reversed)).toMatchObject({
        code: 'invalid_input',
        field: 'to',
        reason: 'before_from',
        message: 'To is before the From date (2026-11-20): the dates are reversed',
      });
    }
    expect((await core.fail('history.list', reversed, 'zh-CN')).message).toBe('结束日期早于开始日期（2026-11-20）：两个日期颠倒了');
    // One day, from and to the same, is a range.
    expect((await core.call('history.list', { from: '2026-11-01', to: '2026-11-01' })).total).toBe(1);
  });
});

describe('history of a number typed in any format', () => {
  it('filters by the number as the Numbers search reads it, and by none when it names none', async () => {
    core = await testCore();
    const cn = await core.call('numbers.create', { phone: '+86 150 1000 5000', timeZone: 'Asia/Shanghai', label: 'Shop line' });
    const uk = await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London' });
    await core.call('events.record', { numberId: cn.id, kind: 'activity', occurredOn: '2026-10-01', activityType: 'call' });
    await core.call('events.record', { numberId: cn.id, kind: 'topup', occurredOn: '2026-10-02', amount: { amountMinor: 5000, currency: 'CNY' } });
    await core.call('events.record', { numberId: uk.id, kind: 'topup', occurredOn: '2026-10-03', amount: { amountMinor: 1000, currency: 'GBP' } });

    // Each event names its number as every page shows it.
    expect((await core.call('history.list', {})).items.map((item) => item.formatted)).toEqual(['+44 7400 123456', '+86 150 1000 5000', '+86 150 1000 5000']);
    for (const typed of ['+86 150 1000 5000', '150 1000 5000', '8615010005000', '+8615010005000', 'shop LINE']) {
      const { total, items } = await core.call('history.list', { numberSearch: typed });
      expect([typed, total]).toEqual([typed, 2]);
      expect(items.every((item) => item.numberId === cn.id)).toBe(true);
    }
    // The British number typed nationally, with its leading 0.
    expect((await core.call('history.list', { numberSearch: '07400 123456' })).items.map((item) => item.numberId)).toEqual([uk.id]);
    // Naming no number shows no events, never all of them.
    expect(await core.call('history.list', { numberSearch: '+1 555 0100' })).toEqual({ total: 0, items: [] });
    // Spending and the exports read the same filter.
    expect((await core.call('spending.summary', { numberSearch: '150 1000 5000' })).totals).toEqual([{ currency: 'CNY', amountMinor: 5000, count: 1 }]);
    expect((await core.call('spending.summary', { numberSearch: '999 999', group: 'byNumber' })).totals).toEqual([]);
    const csv = (await core.call('export.historyCsv', { numberSearch: '+86 150 1000 5000' })).content;
    expect(csv.split('\n').filter((line) => line.includes('+8615010005000'))).toHaveLength(2);
    expect(csv).not.toContain('+447400123456');
  });
});

describe('history across numbers, many events', () => {
  it('pages an owner with most of the events and one with few alike: newest first, every event once', async () => {
    core = await testCore();
    const anns: number[] = [];
    for (let i = 0; i < 30; i += 1) anns.push((await core.call('numbers.create', numberInput({ phone: `+965 6000 ${String(1000 + i)}`, owner: 'Ann' }))).id);
    const bob = (await core.call('numbers.create', numberInput({ phone: '+965 6000 2000', owner: 'Bob', carrier: 'Ooredoo' }))).id;
    for (let day = 1; day <= 20; day += 1) {
      const occurredOn = `2026-10-${String(day).padStart(2, '0')}`;
      await core.call('events.recordMany', { numberIds: anns, activityType: 'sms', occurredOn });
      if (day % 4 === 0) await core.call('events.recordMany', { numberIds: [bob], activityType: 'call', occurredOn });
    }
    const newestFirst = (a: { occurredOn: string; id: number }, b: { occurredOn: string; id: number }) =>
      a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : b.id - a.id;

    // 600 of 605 events are Ann's (found by walking all newest first), 5 are Bob's (by gathering his).
    for (const [owner, count] of [['ANN', 600], ['bob', 5]] as const) {
      const seen: { occurredOn: string; id: number; owner: string }[] = [];
      for (let offset = 0; offset < count; offset += 50) {
        const page = await core.call('history.list', { owner, offset, limit: 50 });
        expect(page.total).toBe(count);
        seen.push(...page.items);
      }
      expect(seen).toHaveLength(count);
      expect(new Set(seen.map((item) => item.id)).size).toBe(count);
      expect(seen.every((item) => item.owner.toLowerCase() === owner.toLowerCase())).toBe(true);
      expect(seen.map((item) => item.id)).toEqual([...seen].sort(newestFirst).map((item) => item.id));
      expect((await core.call('history.list', { owner, offset: count })).items).toEqual([]);
    }
    expect((await core.call('history.list', { carrier: 'ooredoo', kinds: ['activity'] })).total).toBe(5);
    expect((await core.call('history.list', { country: 'GB' })).total).toBe(0);
  });
});

describe('spending', () => {
  it('totals renewals and top-ups per month, year, number, country and owner, each currency apart', async () => {
    core = await testCore();
    const kw = await monthlyNumber({ owner: 'Ann' });
    const uk = await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London', owner: 'Bob' });
    await renew(kw.id, '2025-12-20', 4000);
    await renew(kw.id, '2026-10-01');
    await renew(kw.id, '2026-10-20');
    await core.call('events.record', { numberId: uk.id, kind: 'topup', occurredOn: '2026-10-15', amount: { amountMinor: 1000, currency: 'GBP' } });
    // Not money spent: a failed payment and a balance check.
    await core.call('events.record', { numberId: uk.id, kind: 'payment_failed', occurredOn: '2026-10-16', amount: { amountMinor: 999, currency: 'GBP' }, reason: 'card declined' });
    await core.call('events.record', { numberId: uk.id, kind: 'balance_check', occurredOn: '2026-10-17', balance: { amountMinor: 500, currency: 'GBP' } });

    const summary = await core.call('spending.summary', {});
    expect(summary.counted).toEqual(['renewal', 'topup']);
    expect(summary.totals).toEqual([{ currency: 'GBP', amountMinor: 1000, count: 1 }, { currency: 'KWD', amountMinor: 14000, count: 3 }]);
    expect(summary.byMonth.map((line) => [line.key, line.currency, line.amountMinor])).toEqual([
      ['2025-12', 'KWD', 4000], ['2026-10', 'GBP', 1000], ['2026-10', 'KWD', 10000],
    ]);
    expect(summary.byYear.map((line) => [line.key, line.currency, line.amountMinor])).toEqual([['2025', 'KWD', 4000], ['2026', 'GBP', 1000], ['2026', 'KWD', 10000]]);
    // The per-number breakdowns come when asked for, each with the same totals; months only with months or years.
    expect([summary.group, summary.byNumber, summary.byCountry, summary.byOwner]).toEqual(['byMonth', [], [], []]);
    const byNumber = await core.call('spending.summary', { group: 'byNumber' });
    expect(byNumber.byNumber.map((line) => [line.key, line.name, line.currency, line.amountMinor, line.count])).toEqual([
      [String(uk.id), '+44 7400 123456', 'GBP', 1000, 1], [String(kw.id), 'Kuwait Zain · +965 6000 1234', 'KWD', 14000, 3],
    ]);
    expect([byNumber.totals, byNumber.byMonth, byNumber.byYear]).toEqual([summary.totals, [], []]);
    expect((await core.call('spending.summary', { group: 'byYear' })).byYear).toEqual(summary.byYear);
    expect((await core.call('spending.summary', { group: 'byCountry' })).byCountry.map((line) => [line.key, line.currency])).toEqual([['GB', 'GBP'], ['KW', 'KWD']]);
    expect((await core.call('spending.summary', { group: 'byOwner' })).byOwner.map((line) => [line.key, line.amountMinor])).toEqual([['Bob', 1000], ['Ann', 14000]]);
    expect((await core.call('spending.summary', { group: 'byOwner', country: 'GB', to: '2026-10-15' })).byOwner).toEqual([{ key: 'Bob', name: 'Bob', currency: 'GBP', amountMinor: 1000, count: 1 }]);
    expect((await core.call('spending.summary', { numberId: kw.id, from: '2026-10-02', to: '2026-10-31' })).byMonth).toEqual([{ key: '2026-10', name: '2026-10', currency: 'KWD', amountMinor: 5000, count: 1 }]);
    expect(summary.converted).toBeNull();
    expect((await core.call('spending.summary', { from: '2026-01-01', owner: 'Ann' })).totals).toEqual([{ currency: 'KWD', amountMinor: 10000, count: 2 }]);
    // Each group's totals come from its own pass over the spending, filtered alike.
    for (const group of ['byYear', 'byNumber', 'byCountry', 'byOwner'] as const) {
      expect((await core.call('spending.summary', { group, from: '2026-01-01', owner: 'Ann' })).totals).toEqual([{ currency: 'KWD', amountMinor: 10000, count: 2 }]);
      expect((await core.call('spending.summary', { group, to: '2026-10-15' })).totals).toEqual([{ currency: 'GBP', amountMinor: 1000, count: 1 }, { currency: 'KWD', amountMinor: 9000, count: 2 }]);
    }

    // The user's own rates give an estimate in one currency, and say what they could not convert.
    await core.call('settings.update', { exchangeRates: { base: 'USD', rates: { KWD: 3.25 } } });
    expect((await core.call('spending.summary', {})).converted).toEqual({ base: 'USD', amountMinor: 4550, missing: ['GBP'] });
    expect(await core.fail('settings.update', { exchangeRates: { base: 'USD', rates: { KWD: -1 } } })).toMatchObject({ code: 'invalid_input' });
  });

  it('sends the largest lines of a long breakdown and how many there are, with totals and shares of all', async () => {
    core = await testCore('2026-11-25T12:00:00Z');
    // 24 numbers, 12 paid in KWD (1 to 12 KWD) and 12 in GBP (£1 to £12), owners of three letters each.
    const ids: number[] = [];
    for (let i = 1; i <= 24; i += 1) {
      const kwd = i <= 12;
      const number = await core.call('numbers.create', {
        phone: kwd ? `+965 6000 ${String(1000 + i)}` : `+44 7400 ${String(123000 + i)}`,
        timeZone: kwd ? 'Asia/Kuwait' : 'Europe/London',
        owner: ['Ann', 'Bob', 'Cy'][i % 3],
        planCost: { amountMinor: 1000 * i, currency: kwd ? 'KWD' : 'GBP' },
        billingPeriod: { count: 1, unit: 'years' },
        expiryDate: '2027-01-10',
      });
      ids.push(number.id);
      await core.call('events.record', { numberId: number.id, kind: 'topup', occurredOn: '2026-11-01', amount: { amountMinor: (kwd ? 1000 : 100) * (kwd ? i : i - 12), currency: kwd ? 'KWD' : 'GBP' } });
    }
    const all = await core.call('spending.summary', { group: 'byNumber', lines: 100 });
    expect(all.lineCount).toBe(24);
    expect(all.byNumber).toHaveLength(24);

    const first = await core.call('spending.summary', { group: 'byNumber', lines: 5 });
    expect(first.lineCount).toBe(24);
    expect(first.byNumber).toEqual(all.byNumber.slice(0, 5));
    // With no exchange rates, minor units of two currencies say nothing of which is more: each currency's
    // lines come together, in currency-code order (as the totals), largest first within it.
    expect(all.byNumber.map((line) => `${line.currency} ${line.amountMinor}`)).toEqual([
      ...[12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((i) => `GBP ${100 * i}`), ...[12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((i) => `KWD ${1000 * i}`),
    ]);
    expect(first.byNumber.map((line) => line.amountMinor)).toEqual([1200, 1100, 1000, 900, 800]);
    expect(first.byNumber[0]!.name).toBe('+44 7400 123024');
    // Totals and months count every number, not only the lines sent.
    expect(first.totals).toEqual([{ currency: 'GBP', amountMinor: 7800, count: 12 }, { currency: 'KWD', amountMinor: 78000, count: 12 }]);
    // Each currency's chart gets its ten largest, even when none of them is among the lines sent.
    expect(first.shares.filter((line) => line.currency === 'GBP').map((line) => line.amountMinor)).toEqual([1200, 1100, 1000, 900, 800, 700, 600, 500, 400, 300]);
    expect(first.shares.filter((line) => line.currency === 'KWD')).toEqual(all.byNumber.filter((line) => line.currency === 'KWD').slice(0, 10));
    // Months are never cut: the charts draw every one.
    expect((await core.call('spending.summary', { group: 'byMonth', lines: 1 })).byMonth).toHaveLength(2);

    const owners = await core.call('spending.summary', { group: 'byOwner', lines: 2 });
    expect([owners.lineCount, owners.byOwner.length]).toEqual([6, 2]);
    expect(owners.byOwner.map((line) => line.currency)).toEqual(['GBP', 'GBP']);
    const nextOwners = await core.call('spending.summary', { group: 'byOwner', lines: 6 });
    expect(nextOwners.byOwner.slice(0, 2)).toEqual(owners.byOwner);
    expect(nextOwners.byOwner.map((line) => line.currency)).toEqual(['GBP', 'GBP', 'GBP', 'KWD', 'KWD', 'KWD']);
    expect(await core.fail('spending.summary', { group: 'byNumber', lines: 0 })).toMatchObject({ code: 'invalid_input', field: 'lines' });

    // With the user's rates, largest by worth in their base currency: 5 KWD (USD 16.25) before £12 (USD 15.24).
    await core.call('settings.update', { exchangeRates: { base: 'USD', rates: { KWD: 3.25, GBP: 1.27 } } });
    const worth = (await core.call('spending.summary', { group: 'byNumber', lines: 10 })).byNumber.map((line) => `${line.currency} ${line.amountMinor}`);
    expect(worth).toEqual(['KWD 12000', 'KWD 11000', 'KWD 10000', 'KWD 9000', 'KWD 8000', 'KWD 7000', 'KWD 6000', 'KWD 5000', 'GBP 1200', 'GBP 1100']);
    // A currency with no rate comes after those with one.
    await core.call('settings.update', { exchangeRates: { base: 'EUR', rates: { GBP: 1.17 } } });
    const ranked = (await core.call('spending.summary', { group: 'byNumber', lines: 24 })).byNumber.map((line) => line.currency);
    expect(ranked).toEqual([...Array(12).fill('GBP'), ...Array(12).fill('KWD')]);
    expect((await core.call('spending.summary', { group: 'byOwner' })).byOwner.map((line) => line.currency)).toEqual(['GBP', 'GBP', 'GBP', 'KWD', 'KWD', 'KWD']);
    await core.call('settings.update', { exchangeRates: null });

    const forecast = await core.call('spending.forecast', { lines: 3 });
    expect([forecast.lineCount, forecast.byNumber.length]).toEqual([24, 3]);
    expect(forecast.byNumber.map((line) => [line.key, line.amountMinor])).toEqual([[String(ids[23]), 24000], [String(ids[22]), 23000], [String(ids[21]), 22000]]);
    expect(forecast.totals).toEqual([{ currency: 'GBP', amountMinor: 222000, count: 12 }, { currency: 'KWD', amountMinor: 78000, count: 12 }]);
  });

  it('forecasts the next 12 months from each active plan', async () => {
    core = await testCore('2026-11-25T12:00:00Z');
    const kw = await monthlyNumber({ expiryDate: '2026-12-10' });
    await core.call('numbers.create', { phone: '+44 7400 123456', timeZone: 'Europe/London', planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'years' }, expiryDate: '2026-11-30' });
    // Lost (its deadline passed, no grace): not kept, so not forecast.
    await core.call('numbers.create', { phone: '+44 7400 123458', timeZone: 'Europe/London', planCost: { amountMinor: 900, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'months' }, expiryDate: '2026-10-01' });
    const bare = await core.call('numbers.create', { phone: '+44 7400 123457', timeZone: 'Europe/London' });
    // Priced, but paid through past the 12 months: no payment to forecast, yet not a number lacking a price.
    await core.call('numbers.create', { phone: '+44 7400 123459', timeZone: 'Europe/London', planCost: { amountMinor: 500, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'years' }, expiryDate: '2028-02-28' });
    const costOnly = await core.call('numbers.create', { phone: '+44 7400 123460', timeZone: 'Europe/London', planCost: { amountMinor: 500, currency: 'GBP' } });
    const archived = await monthlyNumber({ phone: '+965 6000 9999' });
    await core.call('numbers.setArchived', { id: archived.id, archived: true });

    const forecast = await core.call('spending.forecast', {});
    // Kuwait: 10 Dec 2026 to 10 Oct 2027, eleven charges within Nov 2026 - Oct 2027. UK: yearly, due 30 Nov.
    expect(forecast.totals).toEqual([{ currency: 'GBP', amountMinor: 1000, count: 1 }, { currency: 'KWD', amountMinor: 55000, count: 11 }]);
    expect(forecast.byMonth[0]).toMatchObject({ key: '2026-11', currency: 'GBP', amountMinor: 1000 });
    expect(forecast.byMonth.filter((line) => line.currency === 'KWD').map((line) => line.key)).toEqual([
      '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10',
    ]);
    // With no exchange rates, each currency's lines together, in currency-code order.
    expect(forecast.byNumber.map((line) => [line.currency, line.amountMinor])).toEqual([['GBP', 1000], ['KWD', 55000]]);
    expect(forecast.byNumber[1]).toMatchObject({ key: String(kw.id), amountMinor: 55000, count: 11 });
    expect(forecast.unpriced.map((number) => number.id).sort()).toEqual([bare.id, costOnly.id].sort());
    expect(forecast.lineCount).toBe(2);
  });

  it('forecasts a payment at the deadline of a rule a payment keeps, not this month', async () => {
    core = await testCore('2026-12-08T10:00:00Z');
    const uk = { phone: '+44 7400 123456', timeZone: 'Europe/London' };
    // giffgaff: activity a top-up counts for, every 6 months, last on 15 Sep: due 15 Mar 2027, then 15 Sep.
    await core.call('numbers.create', {
      ...uk, planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 6, unit: 'months' },
      rules: [{ kind: 'activity', every: { count: 6, unit: 'months' }, counts: ['call', 'sms', 'data', 'addon', 'topup'], lastOn: '2026-09-15' }],
    });
    // povo: a paid top-up every 180 days, due 1 May 2027, then 28 Oct.
    await core.call('numbers.create', {
      phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', planCost: { amountMinor: 220, currency: 'JPY' }, billingPeriod: { count: 180, unit: 'days' },
      rules: [{ kind: 'topup', every: { count: 180, unit: 'days' }, lastOn: '2026-11-02' }],
    });
    // A top-up every 3 months on a yearly plan: paid every 3 months from the deadline, 20 Feb.
    await core.call('numbers.create', {
      phone: '+60 12 345 6789', timeZone: 'Asia/Kuala_Lumpur', planCost: { amountMinor: 3000, currency: 'MYR' }, billingPeriod: { count: 1, unit: 'years' },
      rules: [{ kind: 'topup', every: { count: 3, unit: 'months' }, lastOn: '2026-11-20' }],
    });
    // The date the carrier shows wins over the computed one.
    await core.call('numbers.create', {
      phone: '+61 412 345 678', timeZone: 'Australia/Sydney', planCost: { amountMinor: 1500, currency: 'AUD' }, billingPeriod: { count: 1, unit: 'years' },
      rules: [{ kind: 'topup', every: { count: 1, unit: 'years' }, lastOn: '2026-06-01', overrideOn: '2027-04-10' }],
    });
    // Kept by calls and texts alone: its deadline (30 Jan) costs nothing, so it does not date the plan's payment.
    await core.call('numbers.create', {
      phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', planCost: { amountMinor: 8800, currency: 'HKD' }, billingPeriod: { count: 1, unit: 'years' },
      rules: [{ kind: 'activity', every: { count: 90, unit: 'days' }, counts: ['call', 'sms'], lastOn: '2026-11-01' }],
    });

    const forecast = await core.call('spending.forecast', {});
    const months = (currency: string) => forecast.byMonth.filter((line) => line.currency === currency).map((line) => line.key);
    expect(months('GBP')).toEqual(['2027-03', '2027-09']);
    expect(months('JPY')).toEqual(['2027-05', '2027-10']);
    expect(months('MYR')).toEqual(['2027-02', '2027-05', '2027-08', '2027-11']);
    expect(months('AUD')).toEqual(['2027-04']);
    expect(months('HKD')).toEqual(['2026-12']);
    expect(forecast.totals).toEqual([
      { currency: 'AUD', amountMinor: 1500, count: 1 },
      { currency: 'GBP', amountMinor: 2000, count: 2 },
      { currency: 'HKD', amountMinor: 8800, count: 1 },
      { currency: 'JPY', amountMinor: 440, count: 2 },
      { currency: 'MYR', amountMinor: 12000, count: 4 },
    ]);
    expect(forecast.unpriced).toEqual([]);
  });

  it('forecasts a top-up rule due before the paid-through date at the rule’s deadline, and an overdue one now', async () => {
    core = await testCore('2026-12-08T10:00:00Z');
    const validity = { kind: 'validity', extension: { type: 'fixed', by: { count: 1, unit: 'years' } }, mode: 'add' } as const;
    // Paid through 2027-10-01, but a top-up is due every 6 months: the first on 1 Feb, the next 1 Aug.
    await core.call('numbers.create', numberInput({
      expiryDate: '2027-10-01', planCost: KWD(2000), billingPeriod: { count: 1, unit: 'years' },
      rules: [validity, { kind: 'topup', every: { count: 6, unit: 'months' }, lastOn: '2026-08-01' }],
    }));
    // A top-up rule overdue (in grace): paid now, then every 30 days.
    await core.call('numbers.create', {
      phone: '+44 7400 123456', timeZone: 'Europe/London', planCost: { amountMinor: 500, currency: 'GBP' }, billingPeriod: { count: 30, unit: 'days' },
      rules: [{ kind: 'topup', every: { count: 30, unit: 'days' }, lastOn: '2026-11-01' }],
      lapsePhases: [{ name: 'grace', length: { count: 60, unit: 'days' } }],
    });
    const forecast = await core.call('spending.forecast', {});
    expect(forecast.byMonth.filter((line) => line.currency === 'KWD').map((line) => line.key)).toEqual(['2027-02', '2027-08']);
    const gbp = forecast.byMonth.filter((line) => line.currency === 'GBP');
    expect(gbp[0]).toMatchObject({ key: '2026-12', amountMinor: 500 });
    expect(gbp.reduce((sum, line) => sum + line.count, 0)).toBe(12); // 8 Dec, then every 30 days to 28 Nov 2027
  });

  it('forecasts only the numbers the spending filters select: one owner’s, country’s, carrier’s or number’s', async () => {
    core = await testCore('2026-11-25T12:00:00Z');
    // Helios Solar: a monthly Kuwaiti plan (11 charges from 10 Dec) and a number with no price.
    const helios = await monthlyNumber({ owner: 'Helios Solar', carrier: 'Zain', label: 'Helios ops', expiryDate: '2026-12-10' });
    const heliosBare = await core.call('numbers.create', numberInput({ phone: '+965 6000 2222', owner: 'Helios Solar', label: 'Helios spare' }));
    // Acme: a yearly British plan due 30 Nov.
    const acme = await core.call('numbers.create', {
      phone: '+44 7400 123456', timeZone: 'Europe/London', owner: 'Acme', carrier: 'EE', label: 'Acme desk',
      planCost: { amountMinor: 1000, currency: 'GBP' }, billingPeriod: { count: 1, unit: 'years' }, expiryDate: '2026-11-30',
    });
    // Helios's archived number is not kept, filtered or not.
    const archived = await monthlyNumber({ phone: '+965 6000 9999', owner: 'Helios Solar' });
    await core.call('numbers.setArchived', { id: archived.id, archived: true });

    const all = await core.call('spending.forecast', {});
    expect(all.totals).toEqual([{ currency: 'GBP', amountMinor: 1000, count: 1 }, { currency: 'KWD', amountMinor: 55000, count: 11 }]);

    // Owner matched in any letter case, as the spending totals match it.
    const ofHelios = await core.call('spending.forecast', { owner: 'helios solar' });
    expect(ofHelios.totals).toEqual([{ currency: 'KWD', amountMinor: 55000, count: 11 }]);
    expect(ofHelios.byMonth.every((line) => line.currency === 'KWD')).toBe(true);
    expect(ofHelios.byNumber.map((line) => line.key)).toEqual([String(helios.id)]);
    expect(ofHelios.lineCount).toBe(1);
    expect(ofHelios.unpriced.map((number) => number.id)).toEqual([heliosBare.id]);

    const ofAcme = await core.call('spending.forecast', { owner: 'Acme' });
    expect(ofAcme.totals).toEqual([{ currency: 'GBP', amountMinor: 1000, count: 1 }]);
    expect(ofAcme.byMonth).toEqual([{ key: '2026-11', name: '2026-11', currency: 'GBP', amountMinor: 1000, count: 1 }]);
    expect(ofAcme.byNumber.map((line) => line.key)).toEqual([String(acme.id)]);
    expect(ofAcme.unpriced).toEqual([]);

    // The other number filters of the spending page select the same way.
    const keys = async (filter: Record<string, unknown>) => (await core.call('spending.forecast', filter)).byNumber.map((line) => line.key);
    expect(await keys({ country: 'GB' })).toEqual([String(acme.id)]);
    expect(await keys({ carrier: 'zain' })).toEqual([String(helios.id)]);
    expect(await keys({ numberId: helios.id })).toEqual([String(helios.id)]);
    expect(await keys({ numberSearch: '7400 123456' })).toEqual([String(acme.id)]);
    expect(await keys({ numberSearch: 'helios' })).toEqual([String(helios.id)]);
    expect(await keys({ owner: 'Acme', country: 'KW' })).toEqual([]);
    expect(await keys({ owner: 'Nobody' })).toEqual([]);
    expect(await keys({ numberId: archived.id })).toEqual([]);

    // Checked like the spending totals' filters; the dates filter what was spent, never the next 12 months.
    expect(await core.fail('spending.forecast', { owner: 'x'.repeat(101) })).toMatchObject({ code: 'invalid_input', field: 'owner' });
    expect(await core.fail('spending.forecast', { country: 'Kuwait' })).toMatchObject({ code: 'invalid_input', field: 'country' });
    expect(await core.fail('spending.forecast', { numberId: -1 })).toMatchObject({ code: 'invalid_input', field: 'numberId' });
    expect(await core.fail('spending.forecast', { from: '2026-01-01' })).toMatchObject({ code: 'invalid_input', field: 'from', reason: 'unknown_key' });
  });
});
