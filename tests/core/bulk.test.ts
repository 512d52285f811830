import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
let ids: number[];
beforeEach(async () => {
  core = await testCore('2026-11-25T10:00:00Z');
  ids = [];
  for (const [index, tags] of [[], ['Travel'], ['work']].entries()) {
    const rules = [{ kind: 'activity' as const, every: { count: 90, unit: 'days' as const }, counts: ['call' as const, 'sms' as const], lastOn: '2026-10-01' }];
    ids.push((await core.call('numbers.create', numberInput({ phone: `+965 6000 ${2000 + index}`, label: `n${index}`, tags, rules }))).id);
  }
});
afterEach(() => core.close());

const tagsOf = async () => Promise.all(ids.map(async (id) => (await core.call('numbers.get', { id })).tags));

describe('bulk tag and untag', () => {
  it('adds a tag to every selected number, once, whatever its letter case', async () => {
    expect(await core.call('numbers.bulkTag', { ids, tag: ' travel ' })).toEqual({ changed: 2 });
    expect(await tagsOf()).toEqual([['travel'], ['Travel'], ['work', 'travel']]);
  });

  it('removes a tag from those that have it', async () => {
    expect(await core.call('numbers.bulkUntag', { ids, tag: 'TRAVEL' })).toEqual({ changed: 1 });
    expect(await tagsOf()).toEqual([[], [], ['work']]);
  });

  it('changes nothing when one number is missing', async () => {
    const error = await core.fail('numbers.bulkTag', { ids: [...ids, 9999], tag: 'x' });
    expect(error.code).toBe('not_found');
    expect(await tagsOf()).toEqual([[], ['Travel'], ['work']]);
  });

  it('refuses a number that would have too many tags, and changes none', async () => {
    const full = Array.from({ length: 30 }, (_, n) => `t${n}`);
    const base = await core.call('numbers.get', { id: ids[2]! });
    await core.call('numbers.update', { id: base.id, number: { phone: base.e164, timeZone: base.timeZone, tags: full } });
    const error = await core.fail('numbers.bulkTag', { ids, tag: 'one-more' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'tags', reason: 'too_many' });
    expect((await tagsOf())[0]).toEqual([]);
  });

  it('refuses an empty selection, a repeated id and an empty tag', async () => {
    expect((await core.fail('numbers.bulkTag', { ids: [], tag: 'x' })).field).toBe('ids');
    expect((await core.fail('numbers.bulkTag', { ids: [ids[0], ids[0]], tag: 'x' })).reason).toBe('duplicate_value');
    expect((await core.fail('numbers.bulkTag', { ids, tag: '  ' })).field).toBe('tag');
  });

  it('counts as an edit: the last event of a tagged number can no longer be undone', async () => {
    await core.call('events.record', { numberId: ids[0]!, kind: 'activity', activityType: 'call' });
    await core.call('numbers.bulkTag', { ids: [ids[0]!], tag: 'x' });
    expect((await core.fail('events.undoLast', { numberId: ids[0]! })).reason).toBe('edited_since');
  });
});

describe('bulk archive', () => {
  it('archives the selection and brings it back', async () => {
    expect(await core.call('numbers.bulkArchive', { ids: ids.slice(0, 2), archived: true })).toEqual({ changed: 2, changedIds: ids.slice(0, 2) });
    expect((await core.call('numbers.list', {})).items.map((item) => item.label)).toEqual(['n2']);
    expect(await core.call('numbers.bulkArchive', { ids, archived: false })).toEqual({ changed: 2, changedIds: ids.slice(0, 2) });
    expect((await core.call('numbers.list', {})).items).toHaveLength(3);
  });

  it('names the numbers it changed, so an undo brings back those and leaves one archived before as it was', async () => {
    await core.call('numbers.setArchived', { id: ids[1]!, archived: true });
    const archived = await core.call('numbers.bulkArchive', { ids, archived: true });
    expect(archived).toEqual({ changed: 2, changedIds: [ids[0], ids[2]] });
    await core.call('numbers.bulkArchive', { ids: archived.changedIds, archived: false });
    expect((await core.call('numbers.list', {})).items.map((item) => item.label).sort()).toEqual(['n0', 'n2']);
  });
});

describe('events.recordMany', () => {
  it('records keep-alive activity on each number, moving each deadline', async () => {
    expect((await core.call('numbers.get', { id: ids[0]! })).deadlineOn).toBe('2026-12-30');
    expect(await core.call('events.recordMany', { numberIds: ids, activityType: 'sms', note: 'monthly SMS round' })).toEqual({ changed: 3 });
    for (const id of ids) {
      const number = await core.call('numbers.get', { id });
      expect(number.deadlineOn).toBe('2027-02-23'); // 25 Nov (Kuwait) + 90 days
      const [event] = (await core.call('events.list', { numberId: id })).items;
      expect(event).toMatchObject({ kind: 'activity', activityType: 'sms', occurredOn: '2026-11-25', note: 'monthly SMS round', undoable: true });
    }
  });

  it('records nothing when one date is refused', async () => {
    const error = await core.fail('events.recordMany', { numberIds: ids, activityType: 'call', occurredOn: '2026-11-26' });
    expect(error).toMatchObject({ field: 'occurredOn', reason: 'future_date' });
    for (const id of ids) expect((await core.call('events.list', { numberId: id })).items).toEqual([]);
  });
});
