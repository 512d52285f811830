// What a search finds: a label with digits in it ("DE-131") names that number, not every number whose digits
// hold 131; a number typed in any format finds it, the exact one first; and letters match with or without
// accents, traditional Chinese as simplified.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-25T10:00:00Z');
});
afterEach(() => core.close());

const add = (phone: string, timeZone: string, label: string, expiryDate: string, more: Record<string, unknown> = {}) =>
  core.call('numbers.create', { phone, timeZone, label, expiryDate, ...more });

const labels = async (search: string, extra: Record<string, unknown> = {}) =>
  (await core.call('numbers.list', { search, ...extra } as never)).items.map((item) => item.label);

/** Labels with digits, numbers whose digits hold those of other labels, the soonest deadlines first. */
async function addAgency() {
  // +86 131…: digits 131 in every one, and the soonest deadlines.
  await add('+86 131 0000 0001', 'Asia/Shanghai', 'CN-001', '2026-12-01');
  await add('+86 131 0000 0002', 'Asia/Shanghai', 'CN-002', '2026-12-02');
  // Digits 447400126571 hold 265.
  const gb = await add('+44 7400 126571', 'Europe/London', 'GB-441', '2026-12-03');
  await add('+49 1520 1234567', 'Europe/Berlin', 'DE-1310', '2026-12-04');
  const de = await add('+49 1520 7654321', 'Europe/Berlin', 'DE-131', '2026-12-05');
  const my = await add('+60 12-345 6789', 'Asia/Kuala_Lumpur', 'MY-265', '2026-12-06');
  const us = await add('+1 646 201 7788', 'America/New_York', 'US-017', '2026-12-07');
  const hk = await add('+852 5123 4567', 'Asia/Hong_Kong', 'HK-004', '2026-12-08');
  const th = await add('+66 81 234 5678', 'Asia/Bangkok', 'TH-506', '2026-12-09');
  // Digits 66815065000 hold 506.
  const th2 = await add('+66 81 506 5000', 'Asia/Bangkok', 'TH-777', '2026-12-10');
  return { gb, de, my, us, hk, th, th2 };
}

describe('the Numbers search', () => {
  it('reads a label with letters as text: its digits match no phone number', async () => {
    await addAgency();
    expect(await labels('DE-131')).toEqual(['DE-131', 'DE-1310']);
    expect(await labels('de-131')).toEqual(['DE-131', 'DE-1310']);
    expect(await labels('MY-265')).toEqual(['MY-265']);
    expect(await labels('TH-506')).toEqual(['TH-506']);
    expect(await labels('MY 265')).toEqual([]);
    // The count the list shows agrees, and page one starts with the number named.
    const page = await core.call('numbers.list', { search: 'DE-131', limit: 1 });
    expect({ total: page.total, first: page.items.map((item) => item.label) }).toEqual({ total: 2, first: ['DE-131'] });
  });

  it('finds a number typed in any format, the one named exactly first', async () => {
    await addAgency();
    for (const typed of ['+44 7400 126571', '07400126571', '07400 126 571', '447400126571', '00447400126571', '+44 (0)7400 126571']) {
      expect([typed, await labels(typed)]).toEqual([typed, ['GB-441']]);
    }
    expect(await labels('(646) 201-7788')).toEqual(['US-017']);
    expect(await labels('646.201.7788')).toEqual(['US-017']);
    expect(await labels('+852-5123')).toEqual(['HK-004']);
    expect(await labels('５１２３ ４５６７')).toEqual(['HK-004']);
    // Digits alone still find part of a number anywhere in it (and labels holding them).
    expect(await labels('131')).toEqual(['CN-001', 'CN-002', 'DE-1310', 'DE-131']);
    expect(await labels('265')).toEqual(['GB-441', 'MY-265']);
    // Two digits are too few to name a number: they match text only.
    expect(await labels('12')).toEqual([]);
    // The number typed whole leads even when one holding its digits has a sooner deadline.
    await add('+86 174 0012 6571', 'Asia/Shanghai', 'CN-174', '2026-11-30');
    expect(await labels('07400 126571')).toEqual(['GB-441', 'CN-174']);
    expect(await labels('+44 7400 126571')).toEqual(['GB-441']);
    expect(await labels('126571')).toEqual(['CN-174', 'GB-441']);
  });

  it('puts the number named exactly first in every order, and on the first page', async () => {
    await addAgency();
    await add('+60 12-345 0000', 'Asia/Kuala_Lumpur', 'spare for DE-131 calls', '2026-11-28');
    expect(await labels('DE-131')).toEqual(['DE-131', 'spare for DE-131 calls', 'DE-1310']);
    expect(await labels('DE-131', { sort: { key: 'deadline', direction: 'descending' } })).toEqual(['DE-131', 'DE-1310', 'spare for DE-131 calls']);
    expect(await labels('DE-131', { sort: { key: 'label', direction: 'ascending' } })).toEqual(['DE-131', 'DE-1310', 'spare for DE-131 calls']);
    expect(await labels('de-131', { sort: { key: 'label', direction: 'descending' } })).toEqual(['DE-131', 'spare for DE-131 calls', 'DE-1310']);
    expect(await labels('DE-131', { country: 'DE' })).toEqual(['DE-131', 'DE-1310']);
    const page = await core.call('numbers.list', { search: 'de-131', offset: 1, limit: 1 });
    expect(page.items.map((item) => item.label)).toEqual(['spare for DE-131 calls']);
  });

  it('matches labels, owners, carriers, notes and tags with or without accents, and traditional Chinese as simplified', async () => {
    const one = await add('+49 1520 1111111', 'Europe/Berlin', 'Büro', '2026-12-01', { owner: 'Jürgen Müller' });
    await add('+49 1520 2222222', 'Europe/Berlin', 'spare', '2026-12-02', { carrier: 'Telefónica', notes: 'paid at the café' });
    await add('+49 1520 3333333', 'Europe/Berlin', 'Muller home', '2026-12-03');
    await add('+886 912 345 678', 'Asia/Taipei', '中華電信 備用', '2026-12-04');
    await core.call('numbers.bulkTag', { ids: [one.id], tag: 'Zürich' });
    expect(await labels('muller')).toEqual(['Büro', 'Muller home']);
    expect(await labels('MÜLLER')).toEqual(['Büro', 'Muller home']);
    expect(await labels('Müller')).toEqual(['Büro', 'Muller home']);
    expect(await labels('buro')).toEqual(['Büro']);
    expect(await labels('telefonica')).toEqual(['spare']);
    expect(await labels('CAFE')).toEqual(['spare']);
    expect(await labels('zurich')).toEqual(['Büro']);
    expect(await labels('中华电信')).toEqual(['中華電信 備用']);
    expect(await labels('中華電信')).toEqual(['中華電信 備用']);
  });
});

describe('the history’s number filter', () => {
  it('reads a label with letters as text, a number in any format as digits, and labels without accents', async () => {
    const { th, th2, gb } = await addAgency();
    const zoe = await add('+44 7400 555666', 'Europe/London', 'Zoë spare', '2026-12-11');
    for (const [number, day] of [[th, '2026-10-01'], [th, '2026-10-02'], [th2, '2026-10-03'], [gb, '2026-10-04'], [zoe, '2026-10-05']] as const) {
      await core.call('events.record', { numberId: number.id, kind: 'activity', occurredOn: day, activityType: 'call' });
    }
    const numbersOf = async (numberSearch: string) => [...new Set((await core.call('history.list', { numberSearch })).items.map((item) => item.label))];
    expect(await numbersOf('TH-506')).toEqual(['TH-506']);
    expect((await core.call('history.list', { numberSearch: 'TH-506' })).total).toBe(2);
    // Digits alone: the number holding them, and the label.
    expect(await numbersOf('506')).toEqual(['TH-777', 'TH-506']);
    expect(await numbersOf('07400 126571')).toEqual(['GB-441']);
    expect(await numbersOf('zoe')).toEqual(['Zoë spare']);
  });
});
