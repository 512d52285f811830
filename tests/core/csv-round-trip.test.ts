// The numbers CSV read back by the spreadsheet import gives the same numbers: every column it carries.
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputRaw, Output } from '#shared/contract.ts';
import { testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
let fresh: TestCore | undefined;
afterEach(() => {
  core?.close();
  fresh?.close();
  fresh = undefined;
});

/** Every field a number has that the CSV carries, each value in some number, the awkward ones included. */
const NUMBERS: InputRaw<'numbers.create'>[] = [
  {
    phone: '+965 6000 1234', country: 'KW', timeZone: 'Asia/Kuwait', label: '=SUM(A1)', owner: '张伟', carrier: 'Zain, Kuwait',
    accountRef: '-ACC-1', kind: 'esim', planName: 'Visitor "Gold"', planCost: { amountMinor: 5500, currency: 'KWD' },
    billingPeriod: { count: 1, unit: 'months' }, expiryDate: '2026-12-25', autoRenew: true,
    paymentMethod: { label: 'Visa 4242', cardExpiry: '2027-04' }, tags: ['work', '出差'], notes: 'line one\nline two; "quoted", +1 = two',
  },
  {
    phone: '+44 7400 123456', timeZone: 'Europe/London', label: 'London', kind: 'virtual', planCost: { amountMinor: 1000, currency: 'JPY' },
    billingPeriod: { count: 30, unit: 'days' }, paymentMethod: { label: 'PayPal', cardExpiry: null }, notes: '@someone',
  },
  {
    phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Tokyo 东京', owner: 'Aiko', carrier: 'docomo', kind: 'physical',
    planName: 'Annual', planCost: { amountMinor: 123456, currency: 'USD' }, billingPeriod: { count: 1, unit: 'years' },
    expiryDate: '2027-01-15', tags: ['travel'], accountRef: '+81-ACC',
  },
  // A number with nothing but its phone and zone.
  { phone: '+1 415 555 2671', timeZone: 'America/Los_Angeles' },
];

type View = Output<'numbers.get'>;

/** What the CSV carries of a number, by its E.164. */
function carried(views: View[]) {
  return Object.fromEntries(
    views.map((view) => [
      view.e164,
      {
        country: view.country, label: view.label, owner: view.owner, carrier: view.carrier, accountRef: view.accountRef, kind: view.kind,
        timeZone: view.timeZone, planName: view.planName, planCost: view.planCost, billingPeriod: view.billingPeriod,
        expiryDate: view.expiryDate, deadlineOn: view.deadlineOn, autoRenew: view.autoRenew, paymentMethod: view.paymentMethod,
        tags: view.tags, notes: view.notes, archived: view.archived,
      },
    ]),
  );
}

async function everyNumber(on: TestCore): Promise<View[]> {
  const { items } = await on.call('numbers.list', { includeArchived: true });
  return Promise.all(items.map((item) => on.call('numbers.get', { id: item.id })));
}

describe('numbers CSV -> spreadsheet import', () => {
  it('gives back every number with every field the CSV carries, archived ones archived', async () => {
    core = await testCore();
    for (const input of NUMBERS) await core.call('numbers.create', input);
    const tokyo = (await core.call('numbers.list', { search: 'Tokyo' })).items[0]!;
    await core.call('numbers.setArchived', { id: tokyo.id, archived: true });
    const exported = await core.call('export.numbersCsv', { includeArchived: true });
    const before = carried(await everyNumber(core));
    expect(Object.keys(before)).toHaveLength(4);
    // Billing periods read as a person writes them: "1 month", not "1 months".
    const periods = Papa.parse<Record<string, string>>(exported.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.map((row) => row.billing_period);
    expect(periods.sort()).toEqual(['', '1 month', '1 year', '30 days']);

    fresh = await testCore();
    const preview = await fresh.call('import.sheetPreview', { fileName: exported.fileName, content: exported.content, encoding: 'text' });
    // Every column is read except the two Keepline works out itself.
    expect(preview.columns.filter((column) => column.field === null).map((column) => column.header)).toEqual(['formatted', 'next_deadline']);
    const result = await fresh.call('import.sheetCommit', { fileName: exported.fileName, content: exported.content, encoding: 'text' });
    expect(result).toMatchObject({ created: 4, updated: 0, invalid: 0 });
    expect(carried(await everyNumber(fresh))).toEqual(before);
    // An archived number comes in archived: no reminders are planned for it.
    const imported = (await fresh.call('numbers.list', { search: 'Tokyo', includeArchived: true })).items[0]!;
    expect((await fresh.call('reminders.list', { numberId: imported.id })).items).toEqual([]);
  });

  it('an update from the CSV sets what its cells say: archived or not, the payment method and its card expiry', async () => {
    core = await testCore();
    const kuwait = await core.call('numbers.create', NUMBERS[0]!);
    const london = await core.call('numbers.create', NUMBERS[1]!);
    await core.call('numbers.setArchived', { id: london.id, archived: true });
    const header = 'Phone,Archived,Payment method,Card expiry\n';
    const content = `${header}+96560001234,yes,,05/2028\n+447400123456,no,Mastercard 5454,\n`;
    const preview = await core.call('import.sheetPreview', { fileName: 'changes.csv', content, encoding: 'text', existing: 'update' });
    expect(preview.rows.map((row) => [row.action, row.issues])).toEqual([['update', []], ['update', []]]);
    await core.call('import.sheetCommit', { fileName: 'changes.csv', content, encoding: 'text', existing: 'update' });
    // An empty cell leaves the number's value: Kuwait keeps its card's label, London its "no card expiry".
    expect(await core.call('numbers.get', { id: kuwait.id })).toMatchObject({ archived: true, paymentMethod: { label: 'Visa 4242', cardExpiry: '2028-05' } });
    expect(await core.call('numbers.get', { id: london.id })).toMatchObject({ archived: false, paymentMethod: { label: 'Mastercard 5454', cardExpiry: null } });
  });
});

describe('payment method, card expiry and archived columns', () => {
  it('maps English and Chinese headers', async () => {
    core = await testCore();
    const content = '号码,付款方式,卡有效期,已归档\n+96560001234,支付宝,2027年4月,是\n';
    const preview = await core.call('import.sheetPreview', { fileName: '号码.csv', content, encoding: 'text' });
    expect(preview.columns.map((column) => column.field)).toEqual(['phone', 'paymentMethod', 'cardExpiry', 'archived']);
    const other = await core.call('import.sheetPreview', { fileName: 'n.csv', content: 'Mobile,Paid with,Card expires,Archive\n', encoding: 'text' });
    expect(other.columns.map((column) => column.field)).toEqual(['phone', 'paymentMethod', 'cardExpiry', 'archived']);
    expect((await core.call('import.sheetPreview', { fileName: 'n.csv', content: '手机,支付方式,归档\n', encoding: 'text' })).columns.map((column) => column.field)).toEqual(['phone', 'paymentMethod', 'archived']);

    await core.call('import.sheetCommit', { fileName: '号码.csv', content, encoding: 'text' });
    const [number] = await everyNumber(core);
    expect(number).toMatchObject({ archived: true, paymentMethod: { label: '支付宝', cardExpiry: '2027-04' } });
  });

  it('names the row, column, field and reason of each bad cell, and imports nothing while any is bad', async () => {
    core = await testCore();
    const content = [
      'Phone,Payment method,Card expiry,Archived',
      '+96560001234,Visa 4242,13/2027,yes',
      '+96560001235,4111 1111 1111 1111,,',
      '+96560001236,,2027-04,',
      '+96560001237,Visa 4242,,maybe',
      '+96560001238,Visa 4242,04/27,no',
    ].join('\n');
    const input = { fileName: 'bad.csv', content, encoding: 'text' as const };
    const preview = await core.call('import.sheetPreview', input);
    expect(preview.rows.map((row) => [row.line, row.action, row.issues.map((issue) => `${issue.column}|${issue.field}|${issue.reason}|${issue.message}`)])).toEqual([
      [2, 'invalid', ['Card expiry|paymentMethod.cardExpiry|bad_format|Card expiry has the wrong format']],
      [3, 'invalid', ['Payment method|paymentMethod.label|looks_like_card_number|Payment method · Label looks like a card number: keep only a label such as "Visa 4242"']],
      [4, 'invalid', ['Card expiry|paymentMethod.cardExpiry|needs_payment_method|Card expiry needs a payment method: add a payment method column (such as Visa 4242)']],
      [5, 'invalid', ['Archived|archived|not_allowed_value|Archived must be one of: yes, no']],
      [6, 'create', []],
    ]);
    const zh = await core.call('import.sheetPreview', input, 'zh-CN');
    expect(zh.rows[2]!.issues[0]!.message).toBe('卡片有效期需要付款方式：请添加付款方式列（例如 Visa 4242）');
    expect(await core.fail('import.sheetCommit', input)).toMatchObject({ field: 'skipInvalid', reason: 'invalid_rows' });
    expect((await core.call('numbers.list', { includeArchived: true })).items).toHaveLength(0);
    await core.call('import.sheetCommit', { ...input, skipInvalid: true });
    expect(await everyNumber(core)).toMatchObject([{ e164: '+96560001238', archived: false, paymentMethod: { label: 'Visa 4242', cardExpiry: '2027-04' } }]);
  });
});

describe('history CSV', () => {
  it('parses back to the events as recorded', async () => {
    core = await testCore('2026-11-25T12:00:00Z');
    const number = await core.call('numbers.create', NUMBERS[0]!);
    await core.call('events.record', { numberId: number.id, kind: 'renewal', occurredOn: '2026-11-01', amount: { amountMinor: 5500, currency: 'KWD' }, method: 'Visa 4242', note: '=cmd|"/c calc"!A1' });
    await core.call('events.record', { numberId: number.id, kind: 'payment_failed', occurredOn: '2026-11-02', reason: 'declined, "insufficient"', note: 'line one\r\nline two' });
    await core.call('events.record', { numberId: number.id, kind: 'activity', activityType: 'data', occurredOn: '2026-11-03', method: ' spaced ' });
    const { content } = await core.call('export.historyCsv', { numberId: number.id });
    const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['number', 'label', 'event', 'date', 'amount', 'currency', 'activity', 'method', 'reason', 'note', 'source', 'recorded_at'],
      ["'+96560001234", "'=SUM(A1)", 'renewal', '2026-11-01', '5.500', 'KWD', '', 'Visa 4242', '', `'=cmd|"/c calc"!A1`, 'manual', '2026-11-25T12:00:00.000Z'],
      ["'+96560001234", "'=SUM(A1)", 'payment_failed', '2026-11-02', '', '', '', '', 'declined, "insufficient"', 'line one\r\nline two', 'manual', '2026-11-25T12:00:00.000Z'],
      ["'+96560001234", "'=SUM(A1)", 'activity', '2026-11-03', '', '', 'data', 'spaced', '', '', 'manual', '2026-11-25T12:00:00.000Z'],
    ]);
  });
});
