// The list a page at a time: every page joins up to the whole list in every sort, the status filters
// (read in SQL from the stored deadline instants) agree with each number's own status at every boundary,
// and "select all" reaches numbers on pages never loaded.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_SORT_KEYS, type ListSort } from '#shared/number-list.ts';
import { STATUS_STATES } from '#shared/numbers.ts';
import { numberAdder, testCore, THIRTY_DAY_GRACE, type TestCore } from './support/test-core.ts';

// 13:00 in Kuwait, 19:00 in Tokyo, 00:00 on 26 Nov at Kiritimati (UTC+14), 02:00 in Los Angeles.
const NOW = '2026-11-25T10:00:00Z';
const grace = THIRTY_DAY_GRACE;

let core: TestCore;
beforeEach(async () => {
  core = await testCore(NOW);
});
afterEach(() => core.close());

const add = numberAdder(() => core);

/** Numbers whose deadlines fall on either side of NOW in zones on either side of UTC. */
async function addAroundNow() {
  await add('lost Kuwait', { expiryDate: '2026-10-01' });
  await add('grace Kuwait', { expiryDate: '2026-11-20', lapsePhases: grace });
  await add('lost at Kiritimati midnight', { expiryDate: '2026-11-25', timeZone: 'Pacific/Kiritimati' });
  await add('grace Kiritimati', { expiryDate: '2026-11-25', timeZone: 'Pacific/Kiritimati', lapsePhases: grace });
  await add('today Kuwait', { expiryDate: '2026-11-25', lapsePhases: grace });
  await add('yesterday Los Angeles', { expiryDate: '2026-11-24', timeZone: 'America/Los_Angeles' });
  await add('today Los Angeles', { expiryDate: '2026-11-25', timeZone: 'America/Los_Angeles', lapsePhases: grace });
  await add('in 30 Kuwait', { expiryDate: '2026-12-25' });
  await add('in 30 Tokyo', { expiryDate: '2026-12-25', timeZone: 'Asia/Tokyo' });
  await add('in 31 Kuwait', { expiryDate: '2026-12-26' });
  await add('in 29 Los Angeles', { expiryDate: '2026-12-24', timeZone: 'America/Los_Angeles' });
  await add('next year', { expiryDate: '2027-11-25', timeZone: 'Asia/Tokyo' });
  await add('no deadline');
  await add('no deadline either', { timeZone: 'Pacific/Kiritimati' });
  const archived = await add('archived in grace', { expiryDate: '2026-11-20', lapsePhases: grace });
  await core.call('numbers.setArchived', { id: archived.id, archived: true });
}

async function wholeList(input: Record<string, unknown> = {}) {
  return (await core.call('numbers.list', input as never)).items;
}

async function pageByPage(sort: ListSort, limit: number, includeArchived: boolean) {
  const labels: string[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await core.call('numbers.list', { sort, offset, limit, includeArchived });
    expect(page.offset).toBe(offset);
    labels.push(...page.items.map((item) => item.label));
    if (page.items.length < limit) return { labels, total: page.total };
  }
}

describe('numbers.list pages', () => {
  beforeEach(addAroundNow);

  it('answers the first page with how many numbers match in all, soonest deadline first', async () => {
    const page = await core.call('numbers.list', { limit: 3 });
    expect(page.total).toBe(14);
    expect(page.items.map((item) => item.label)).toEqual(['lost Kuwait', 'grace Kuwait', 'yesterday Los Angeles']);
    const last = await core.call('numbers.list', { offset: 12, limit: 3 });
    expect(last.items.map((item) => item.label)).toEqual(['no deadline', 'no deadline either']);
    expect(last.total).toBe(14);
    const beyond = await core.call('numbers.list', { offset: 40, limit: 3 });
    expect(beyond).toEqual({ items: [], total: 14, offset: 40 });
  });

  it('joins up to the whole list in every sort, both ways, with and without archived numbers', async () => {
    for (const includeArchived of [false, true]) {
      for (const key of LIST_SORT_KEYS) {
        for (const direction of ['ascending', 'descending'] as const) {
          const sort = { key, direction };
          const whole = (await wholeList({ sort, includeArchived })).map((item) => item.label);
          expect(whole).toHaveLength(includeArchived ? 15 : 14);
          for (const limit of [1, 4, 100]) expect(await pageByPage(sort, limit, includeArchived)).toEqual({ labels: whole, total: whole.length });
        }
      }
    }
  });

  it('puts numbers without a deadline last, or first when the deadline sort is reversed', async () => {
    const ascending = (await wholeList()).map((item) => item.label);
    expect(ascending.slice(-2)).toEqual(['no deadline', 'no deadline either']);
    const descending = (await wholeList({ sort: { key: 'deadline', direction: 'descending' } })).map((item) => item.label);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('sorts by status from lost to fine, ties by deadline, and reversed keeps ties by deadline', async () => {
    const items = await wholeList({ sort: { key: 'status', direction: 'ascending' } });
    expect(items.map((item) => item.label)).toEqual([
      'lost Kuwait', 'yesterday Los Angeles', 'lost at Kiritimati midnight',
      'grace Kuwait', 'grace Kiritimati',
      'today Kuwait', 'today Los Angeles', 'in 29 Los Angeles', 'in 30 Tokyo', 'in 30 Kuwait',
      'in 31 Kuwait', 'next year',
      'no deadline', 'no deadline either',
    ]);
    const reversed = await wholeList({ sort: { key: 'status', direction: 'descending' } });
    expect(reversed.map((item) => item.label).slice(0, 4)).toEqual(['no deadline', 'no deadline either', 'in 31 Kuwait', 'next year']);
  });

  it('sorts text as people read it: numbers inside labels by value, letter case aside', async () => {
    await add('SIM 10', { expiryDate: '2027-06-01' });
    await add('sim 9', { expiryDate: '2027-06-02' });
    await add('SIM 100', { expiryDate: '2027-06-03' });
    const items = await wholeList({ search: 'sim', sort: { key: 'label', direction: 'ascending' } });
    expect(items.map((item) => item.label)).toEqual(['sim 9', 'SIM 10', 'SIM 100']);
  });
});

describe('status filters read from the stored deadline instants', () => {
  beforeEach(addAroundNow);

  // Around the boundaries: Kuwait's midnight (21:00 UTC), Kiritimati's (10:00 UTC), Los Angeles' (08:00 UTC),
  // Tokyo's (15:00 UTC), the end of a 30-day grace and the 30-day due-soon window.
  const instants = [
    '2026-11-24T07:59:59.999Z', '2026-11-24T08:00:00Z', '2026-11-25T09:59:59.999Z', NOW, '2026-11-25T20:59:59.999Z',
    '2026-11-25T21:00:00Z', '2026-11-25T15:00:00Z', '2026-11-26T08:00:00Z', '2026-12-20T20:59:59Z', '2026-12-20T21:00:00Z',
    '2026-12-25T20:59:59.999Z', '2026-12-25T21:00:00Z', '2027-10-26T15:00:00Z',
  ];

  it('select exactly the numbers whose own status is that state, at every boundary', async () => {
    for (const instant of instants) {
      core.clock.set(instant);
      const all = await wholeList({ includeArchived: true });
      for (const state of STATUS_STATES) {
        const expected = all.filter((item) => item.status.state === state).map((item) => item.label);
        const found = (await wholeList({ includeArchived: true, status: [state] })).map((item) => item.label);
        expect({ instant, state, found }).toEqual({ instant, state, found: expected });
        const page = await core.call('numbers.list', { includeArchived: true, status: [state], limit: 2 });
        expect({ instant, state, total: page.total }).toEqual({ instant, state, total: expected.length });
      }
      const lostOrGrace = (await wholeList({ includeArchived: true, status: ['lost', 'grace'] })).map((item) => item.label);
      expect(lostOrGrace.sort()).toEqual(all.filter((item) => ['lost', 'grace'].includes(item.status.state)).map((item) => item.label).sort());
    }
  });

  it('select the numbers due within N days in their carrier’s calendar, none already past', async () => {
    for (const instant of instants) {
      core.clock.set(instant);
      const all = await wholeList();
      for (const days of [0, 1, 7, 29, 30]) {
        const expected = all
          .filter((item) => ['ok', 'due_soon'].includes(item.status.state) && item.status.daysLeft !== null && item.status.daysLeft <= days)
          .map((item) => item.label);
        const found = (await wholeList({ dueWithinDays: days })).map((item) => item.label);
        expect({ instant, days, found }).toEqual({ instant, days, found: expected });
      }
    }
  });

  it('counts "due today" by each carrier’s own calendar day', async () => {
    core.clock.set('2026-11-25T07:30:00Z'); // 23:30 on 24 Nov in Los Angeles, 10:30 in Kuwait, 21:30 at Kiritimati
    const today = (await wholeList({ dueWithinDays: 0 })).map((item) => item.label);
    expect(today).toEqual(['yesterday Los Angeles', 'lost at Kiritimati midnight', 'grace Kiritimati', 'today Kuwait']);
  });

  it('follows the due-soon window set by the longest reminder lead time', async () => {
    await core.call('settings.update', { leadTimesDays: [7, 1] });
    expect((await wholeList({ status: ['due_soon'] })).map((item) => item.label)).toEqual(['today Kuwait', 'today Los Angeles']);
  });
});

describe('numbers.ids, for select all', () => {
  beforeEach(addAroundNow);

  it('answers every matching number, on every page, with the archived ones marked', async () => {
    const { ids, archivedIds } = await core.call('numbers.ids', { includeArchived: true, status: ['grace'] });
    const grace = await wholeList({ includeArchived: true, status: ['grace'] });
    expect([...ids].sort()).toEqual(grace.map((item) => item.id).sort());
    expect(archivedIds).toEqual(grace.filter((item) => item.archived).map((item) => item.id));
    expect((await core.call('numbers.ids', {})).ids).toHaveLength(14);
  });

  it('lets a bulk action reach numbers the first page never showed', async () => {
    const firstPage = await core.call('numbers.list', { limit: 2 });
    const { ids } = await core.call('numbers.ids', {});
    expect(ids.length).toBeGreaterThan(firstPage.items.length);
    await core.call('numbers.bulkTag', { ids, tag: 'audit' });
    expect((await core.call('numbers.list', { tag: 'audit', limit: 1 })).total).toBe(14);
  });

  it('refuses paging or sorting: it has no order', async () => {
    expect((await core.fail('numbers.ids', { limit: 5 })).field).toBe('limit');
  });
});

describe('search', () => {
  beforeEach(addAroundNow);

  const found = async (search: string, extra: Record<string, unknown> = {}) =>
    (await wholeList({ search, ...extra })).map((item) => item.label);

  it('sees every change at once: an edit, a new number, a bulk tag, and a write by another connection', async () => {
    expect(await found('tokyo')).toEqual(['in 30 Tokyo']);
    const tokyo = (await wholeList({ search: 'tokyo' }))[0]!;
    const view = await core.call('numbers.get', { id: tokyo.id });
    await core.call('numbers.update', { id: tokyo.id, number: { phone: view.e164, timeZone: view.timeZone, expiryDate: view.expiryDate, label: 'Osaka spare' } });
    expect(await found('tokyo')).toEqual([]);
    expect(await found('OSAKA')).toEqual(['Osaka spare']);

    await add('Tokyo office', { expiryDate: '2027-01-05', timeZone: 'Asia/Tokyo' });
    expect(await found('tokyo')).toEqual(['Tokyo office']);
    await core.call('numbers.bulkTag', { ids: [tokyo.id], tag: 'kansai' });
    expect(await found('kansai')).toEqual(['Osaka spare']);

    const other = new Database(core.file);
    try {
      other.prepare("UPDATE numbers SET notes = 'spare for Kyoto' WHERE id = ?").run(tokyo.id);
    } finally {
      other.close();
    }
    expect(await found('kyoto')).toEqual(['Osaka spare']);
  });

  it('matches any letter case, numbers typed in any format, and combines with the other filters', async () => {
    expect(await found('KUWAIT')).toEqual(['lost Kuwait', 'grace Kuwait', 'today Kuwait', 'in 30 Kuwait', 'in 31 Kuwait']);
    expect(await found('kuwait', { status: ['grace'] })).toEqual(['grace Kuwait']);
    expect(await found('kuwait', { sort: { key: 'deadline', direction: 'descending' } })).toEqual(['in 31 Kuwait', 'in 30 Kuwait', 'today Kuwait', 'grace Kuwait', 'lost Kuwait']);
    expect(await found('grace')).not.toContain('archived in grace');
    expect(await found('grace', { includeArchived: true })).toContain('archived in grace');
    const first = (await wholeList())[0]!;
    expect(await found(first.e164.slice(-7))).toContain(first.label);
    expect(await found('100%')).toEqual([]);
    const page = await core.call('numbers.list', { search: 'kuwait', offset: 1, limit: 2 });
    expect({ labels: page.items.map((item) => item.label), total: page.total }).toEqual({ labels: ['grace Kuwait', 'today Kuwait'], total: 5 });
  });
});
