// Numbers whose carrier Keepline knows get that carrier's keep-alive rules, lapse phases and time zone:
// from a spreadsheet import (unless turned off), and from "Apply carrier rules" on a selection. A number
// past its expiry but inside its carrier's grace is then in grace, not lost.
import { afterEach, describe, expect, it } from 'vitest';
import type { InputRaw } from '#shared/contract.ts';
import { testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
afterEach(() => core?.close());

// 8 Dec 2026: Celcom Xpax (50 days' grace) expired on 10 Nov is lost at the end of 30 Dec, in Kuala Lumpur.
const NOW = '2026-12-08T10:00:00Z';

const sheet = (lines: string[], extra: Partial<InputRaw<'import.sheetCommit'>> = {}): InputRaw<'import.sheetCommit'> => ({
  fileName: 'agency.csv',
  content: lines.join('\n'),
  encoding: 'text',
  ...extra,
});

const AGENCY = [
  'phone,carrier,expiry',
  '+60 12-345 6701,Celcom Xpax Prepaid,2026-11-10',
  // The same carrier written as people do: other case, spaces around it; then by its company's name.
  '+60 12-345 6702,  celcom XPAX prepaid ,2026-11-10',
  '+60 12-345 6703,CelcomDigi (Digi),2026-11-10',
  // A carrier Keepline does not know, and none at all.
  '+60 12-345 6704,Some Reseller,2026-11-10',
  '+60 12-345 6705,,2026-11-10',
];

async function numberByPhone(phone: string) {
  const { items } = await core.call('numbers.list', { search: phone });
  expect(items).toHaveLength(1);
  return core.call('numbers.get', { id: items[0]!.id });
}

describe('importing numbers of a carrier Keepline knows', () => {
  it('knows a carrier by a word of its name or in the other Chinese script, as the number form does, never another country\'s', async () => {
    core = await testCore(NOW);
    const rows = [
      'phone,carrier,expiry',
      '+853 6612 3456,CTM,2026-11-10',
      '+886 912 345 678,台湾大哥大,2026-11-10',
      // Only a carrier of another country has this word: not filled in unasked.
      '+965 6000 1234,Celcom,2026-11-10',
    ];
    expect((await core.call('import.sheetPreview', sheet(rows))).carrierRules).toBe(2);
    await core.call('import.sheetCommit', sheet(rows));
    expect((await numberByPhone('+85366123456')).timeZone).toBe('Asia/Macau');
    expect((await numberByPhone('+886912345678')).timeZone).toBe('Asia/Taipei');
    expect((await numberByPhone('+96560001234')).rules).toEqual([]);
  });

  it('says how many rows get their carrier\'s rules, and gives them the rules, lapse phases and time zone', async () => {
    core = await testCore(NOW);
    const preview = await core.call('import.sheetPreview', sheet(AGENCY));
    expect(preview.counts).toMatchObject({ create: 5, invalid: 0 });
    expect(preview.carrierRules).toBe(3);

    expect(await core.call('import.sheetCommit', sheet(AGENCY))).toMatchObject({ created: 5 });
    const celcom = await numberByPhone('+60123456701');
    expect(celcom.lapsePhases).toEqual([expect.objectContaining({ name: 'Grace period', length: { count: 50, unit: 'days' }, creditLost: false })]);
    expect(celcom.timeZone).toBe('Asia/Kuala_Lumpur');
    expect(celcom.status).toMatchObject({ state: 'grace', phaseIndex: 0 });
    expect(celcom.numberLostAt).toBe('2026-12-30T16:00:00.000Z'); // the end of 30 Dec in Kuala Lumpur
    expect((await numberByPhone('+60123456702')).status.state).toBe('grace');
    const digi = await numberByPhone('+60123456703');
    expect(digi.lapsePhases[0]!.length).toEqual({ count: 90, unit: 'days' });
    expect(digi.status.state).toBe('grace');
    for (const phone of ['+60123456704', '+60123456705']) {
      const other = await numberByPhone(phone);
      expect(other.lapsePhases).toEqual([]);
      expect(other.status.state).toBe('lost');
    }
    // A number in grace is reminded daily of it and warned the day before it is lost.
    const reminders = await core.call('reminders.list', { numberId: celcom.id });
    expect(reminders.dailyOverdue).not.toBeNull();
    expect(reminders.items.some((item) => item.kind === 'lapse_tomorrow')).toBe(true);
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ grace: 3, lost: 2 });
  });

  it('with the option off, counts the rows that would get them but imports the numbers as the sheet has them', async () => {
    core = await testCore(NOW);
    const off = sheet(AGENCY, { carrierRules: false });
    expect((await core.call('import.sheetPreview', off)).carrierRules).toBe(3);
    await core.call('import.sheetCommit', off);
    const celcom = await numberByPhone('+60123456701');
    expect(celcom.lapsePhases).toEqual([]);
    expect(celcom.status.state).toBe('lost');
  });

  it('keeps what the row gives: its time zone, its billing period; the carrier fills only the rest', async () => {
    core = await testCore(NOW);
    const lines = [
      'phone,carrier,expiry,time zone,billing period',
      // Row zone wins over the catalog's (Asia/Kuala_Lumpur).
      '+60 12-345 6711,Celcom Xpax Prepaid,2026-11-10,Asia/Singapore,',
      // T-Mobile Prepaid: a recurring fee with no billing period in the research; the row gives one.
      '+1 212 555 0101,T-Mobile Prepaid,2026-12-20,,1 month',
      // Without a billing period the fee rule cannot renew: the number keeps its expiry as its deadline,
      // and still gets the carrier's lapse phase and zone rather than being refused.
      '+1 212 555 0102,T-Mobile Prepaid,2026-12-20,,',
    ];
    const preview = await core.call('import.sheetPreview', sheet(lines));
    expect(preview.rows.map((row) => row.action)).toEqual(['create', 'create', 'create']);
    expect(preview.carrierRules).toBe(3);
    await core.call('import.sheetCommit', sheet(lines));

    const zoned = await numberByPhone('+60123456711');
    expect(zoned.timeZone).toBe('Asia/Singapore');
    expect(zoned.lapsePhases).toHaveLength(1);
    const paid = await numberByPhone('+12125550101');
    expect(paid.rules).toEqual([{ kind: 'fee' }]);
    expect(paid.billingPeriod).toEqual({ count: 1, unit: 'months' });
    expect(paid.timeZone).toBe('America/New_York');
    expect(paid.lapsePhases[0]!.length).toEqual({ count: 120, unit: 'days' });
    const unpaid = await numberByPhone('+12125550102');
    expect(unpaid.rules).toEqual([]);
    expect(unpaid.lapsePhases[0]!.length).toEqual({ count: 120, unit: 'days' });
    expect(unpaid.deadlineOn).toBe('2026-12-20');
  });

  it('keeps rules and lapse phases a stored number has when a row updates it; a number without them takes the carrier\'s', async () => {
    core = await testCore(NOW);
    const own = [{ name: 'Receive only', length: { count: 7, unit: 'days' as const } }];
    await core.call('numbers.create', { phone: '+60 12-345 6721', timeZone: 'Asia/Kuala_Lumpur', expiryDate: '2026-11-10', lapsePhases: own });
    await core.call('numbers.create', { phone: '+60 12-345 6722', timeZone: 'Asia/Kuala_Lumpur', expiryDate: '2026-11-10' });
    const lines = ['phone,carrier', '+60 12-345 6721,Celcom Xpax Prepaid', '+60 12-345 6722,Celcom Xpax Prepaid'];
    const preview = await core.call('import.sheetPreview', sheet(lines, { existing: 'update' }));
    expect(preview.carrierRules).toBe(1);
    await core.call('import.sheetCommit', sheet(lines, { existing: 'update' }));
    expect((await numberByPhone('+60123456721')).lapsePhases).toEqual([expect.objectContaining({ name: 'Receive only' })]);
    expect((await numberByPhone('+60123456722')).status.state).toBe('grace');
  });

  it('keeps a carrier\'s amounts in its currency when the number has no plan cost', async () => {
    core = await testCore(NOW);
    await core.call('import.sheetCommit', sheet(['phone,carrier,expiry', '+49 151 23456789,Vodafone CallYa,2027-01-31']));
    const callya = await numberByPhone('+4915123456789');
    expect(callya.rules).toEqual([expect.objectContaining({ kind: 'validity', currency: 'EUR', extension: expect.objectContaining({ type: 'table' }) })]);
    expect(callya.planCost).toBeNull();
  });
});

describe('"Apply carrier rules" on a selection', () => {
  async function agency(): Promise<number[]> {
    await core.call('import.sheetCommit', sheet(AGENCY, { carrierRules: false }));
    const { items } = await core.call('numbers.list', { sort: { key: 'number', direction: 'ascending' } });
    return items.map((item) => item.id);
  }

  it('says how many numbers have a carrier Keepline knows and would change, and changes nothing', async () => {
    core = await testCore(NOW);
    const ids = await agency();
    expect(await core.call('numbers.carrierRulesCheck', { ids })).toEqual({ matched: 3, unmatched: 2, toFill: 3 });
    expect((await numberByPhone('+60123456701')).status.state).toBe('lost');
  });

  it('fills the matching numbers\' rules in one go: lost numbers inside their carrier\'s grace show in grace, with reminders', async () => {
    core = await testCore(NOW);
    const ids = await agency();
    const before = await numberByPhone('+60123456701');
    expect(before.status.state).toBe('lost');
    expect((await core.call('reminders.list', { numberId: before.id })).dailyOverdue).toBeNull();

    expect(await core.call('numbers.bulkCarrierRules', { ids })).toEqual({ changed: 3 });
    const after = await numberByPhone('+60123456701');
    expect(after.status).toMatchObject({ state: 'grace', phaseName: 'Grace period' });
    expect(after.timeZone).toBe('Asia/Kuala_Lumpur');
    expect(after.numberLostAt).toBe('2026-12-30T16:00:00.000Z');
    // Re-planned in the same transaction: a daily reminder through the grace, and the day-before warning.
    const reminders = await core.call('reminders.list', { numberId: after.id });
    expect(reminders.dailyOverdue).not.toBeNull();
    expect(reminders.items.some((item) => item.kind === 'lapse_tomorrow' && item.deadlineOn === '2026-11-10')).toBe(true);
    expect((await numberByPhone('+60123456704')).status.state).toBe('lost');
    expect((await core.call('dashboard.summary', {})).counts).toMatchObject({ grace: 3, lost: 2 });

    // Again: every matching number has its carrier's rules now, so nothing changes.
    expect(await core.call('numbers.bulkCarrierRules', { ids })).toEqual({ changed: 0 });
    expect(await core.call('numbers.carrierRulesCheck', { ids })).toEqual({ matched: 3, unmatched: 2, toFill: 0 });
  });

  it('never replaces rules or lapse phases a number has; a missing number changes none', async () => {
    core = await testCore(NOW);
    const ids = await agency();
    const mine = await numberByPhone('+60123456701');
    const phases = [{ name: 'Receive only', length: { count: 7, unit: 'days' as const } }];
    await core.call('numbers.update', { id: mine.id, number: { phone: mine.e164, timeZone: mine.timeZone, carrier: mine.carrier, expiryDate: mine.expiryDate, lapsePhases: phases } });
    expect((await core.fail('numbers.bulkCarrierRules', { ids: [...ids, 999_999] })).code).toBe('not_found');
    expect((await numberByPhone('+60123456702')).lapsePhases).toEqual([]);

    expect(await core.call('numbers.bulkCarrierRules', { ids })).toEqual({ changed: 2 });
    expect((await numberByPhone('+60123456701')).lapsePhases).toEqual([expect.objectContaining({ name: 'Receive only' })]);
  });

  it('runs as a job with progress, like the other bulk actions', async () => {
    core = await testCore(NOW);
    const ids = await agency();
    const { jobId } = await core.call('jobs.start', { method: 'numbers.bulkCarrierRules', input: { ids } });
    let status = await core.call('jobs.status', { jobId });
    while (status.state === 'queued' || status.state === 'running') status = await core.call('jobs.status', { jobId });
    expect(status).toMatchObject({ state: 'done', done: 5, total: 5, result: { changed: 3 } });
  });
});
