// Exports of "the current filter" hold exactly what the list or the history page shows for that filter.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputRaw } from '#shared/contract.ts';
import { KeeplineExport, KeeplineHistoryExport } from '#shared/export-format.ts';
import { minorToText } from '#shared/money.ts';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
const ids: Record<string, number> = {};

const csvRows = (content: string) => {
  expect(content.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};
/** The export writes "'+…" so a spreadsheet keeps the number as text. */
const phoneCell = (cell: string | undefined) => cell?.replace(/^'/, '');

beforeAll(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
  const create = async (key: string, overrides: Partial<InputRaw<'numbers.create'>>) => {
    ids[key] = (await core.call('numbers.create', numberInput(overrides))).id;
  };
  await create('kuwait', { label: 'Kuwait Zain', owner: 'Aiko', carrier: 'Zain', tags: ['travel'], kind: 'esim', expiryDate: '2026-11-30' });
  await create('kuwait2', { phone: '+965 6000 5678', label: 'Kuwait Ooredoo', owner: 'Bo', carrier: 'Ooredoo', tags: ['work'], expiryDate: '2027-03-01' });
  await create('tokyo', { phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Tokyo', owner: 'Aiko', carrier: 'docomo', tags: ['travel', 'work'], kind: 'esim', expiryDate: '2026-12-20' });
  await create('london', { phone: '+44 7400 123456', timeZone: 'Europe/London', label: 'London', owner: 'Bo', carrier: 'EE', kind: 'virtual', expiryDate: '2026-10-01', lapsePhases: [{ name: 'grace', length: { count: 90, unit: 'days' }, works: 'nothing', creditLost: true }] });
  await create('archived', { phone: '+81 90 8765 4321', timeZone: 'Asia/Tokyo', label: 'Old Tokyo', owner: 'Aiko', carrier: 'docomo', tags: ['travel'], expiryDate: '2027-01-15' });
  await core.call('numbers.setArchived', { id: ids.archived!, archived: true });

  // History: kinds, dates, amounts in three currencies, free text that needs quoting or escaping.
  const record = (input: InputRaw<'events.record'>) => core.call('events.record', input);
  await record({ numberId: ids.kuwait!, kind: 'renewal', occurredOn: '2026-09-01', amount: { amountMinor: 5500, currency: 'KWD' }, method: 'Visa, 4242', note: 'first "real" one' });
  await record({ numberId: ids.tokyo!, kind: 'topup', occurredOn: '2026-09-01', amount: { amountMinor: 3000, currency: 'JPY' }, note: '=1+1' });
  await record({ numberId: ids.london!, kind: 'activity', occurredOn: '2026-09-15', activityType: 'sms', note: 'line one\nline two' });
  await record({ numberId: ids.kuwait2!, kind: 'payment_failed', occurredOn: '2026-10-02', amount: { amountMinor: 1250, currency: 'KWD' }, reason: 'card declined' });
  await record({ numberId: ids.london!, kind: 'topup', occurredOn: '2026-08-20', amount: { amountMinor: 1000, currency: 'GBP' }, method: '-card' });
  await record({ numberId: ids.kuwait!, kind: 'balance_check', occurredOn: '2026-11-01', balance: { amountMinor: 1200, currency: 'KWD' } });
  await record({ numberId: ids.archived!, kind: 'renewal', occurredOn: '2026-10-10', amount: { amountMinor: 500, currency: 'JPY' } });
});
afterAll(() => core.close());

describe('numbers CSV of the current list filter', () => {
  // Each filter with how many of the five numbers it keeps, so none of them passes by keeping everything.
  const filters: [InputRaw<'numbers.list'>, number][] = [
    [{}, 4],
    [{ includeArchived: true }, 5],
    [{ country: 'JP', includeArchived: true }, 2],
    [{ carrier: 'ZAIN' }, 1],
    [{ owner: 'aiko' }, 2],
    [{ tag: 'travel' }, 2],
    [{ kind: 'esim' }, 2],
    [{ status: ['grace'] }, 1],
    [{ status: ['due_soon', 'ok'], owner: 'Bo' }, 1],
    [{ dueWithinDays: 7 }, 1],
    [{ search: 'tokyo', includeArchived: true }, 2],
    [{ search: '6000 56' }, 1],
    [{ tag: 'work', kind: 'esim', country: 'JP' }, 1],
  ];
  it.each(filters)('holds exactly the numbers the list shows for %j', async (filter, count) => {
    const listed = (await core.call('numbers.list', filter)).items.map((item) => item.e164);
    const exported = csvRows((await core.call('export.numbersCsv', filter)).content).map((row) => phoneCell(row.number));
    expect(exported).toEqual(listed);
    expect(listed).toHaveLength(count);
  });

  it('is in the order the list is sorted by', async () => {
    const sort = { key: 'label', direction: 'descending' } as const;
    const listed = (await core.call('numbers.list', { includeArchived: true, sort })).items.map((item) => item.label);
    const exported = csvRows((await core.call('export.numbersCsv', { includeArchived: true, sort })).content).map((row) => row.label);
    expect(exported).toEqual(listed);
    expect(exported).toEqual(['Tokyo', 'Old Tokyo', 'London', 'Kuwait Zain', 'Kuwait Ooredoo']);
  });

  it('is named as filtered when its filter leaves numbers out', async () => {
    const name = async (filter: InputRaw<'export.numbersCsv'>) => (await core.call('export.numbersCsv', filter)).fileName;
    expect(await name({})).toBe('keepline-numbers-2026-11-25.csv');
    expect(await name({ includeArchived: true })).toBe('keepline-numbers-2026-11-25.csv');
    for (const filter of [{ owner: 'Aiko' }, { search: 'tokyo' }, { status: ['grace' as const] }, { dueWithinDays: 0 }, { tag: 'work' }]) {
      expect(await name(filter)).toBe('keepline-numbers-filtered-2026-11-25.csv');
    }
    expect(await name({ search: '  ' })).toBe('keepline-numbers-2026-11-25.csv');
  });

  it('refuses a filter the list would refuse, naming the field', async () => {
    expect(await core.fail('export.numbersCsv', { country: 'Japan' })).toMatchObject({ code: 'invalid_input', field: 'country' });
    expect(await core.fail('export.numbersCsv', { dueWithinDays: -1 })).toMatchObject({ code: 'invalid_input', field: 'dueWithinDays' });
  });
});

describe('numbers JSON of the current list filter', () => {
  it('holds the filtered numbers with their whole history, and imports into a fresh Keepline', async () => {
    const exported = await core.call('export.json', { filter: { owner: 'Aiko', includeArchived: true } });
    const data = KeeplineExport.parse(JSON.parse(exported.content));
    expect(data.numbers.map((entry) => entry.number.label).sort()).toEqual(['Kuwait Zain', 'Old Tokyo', 'Tokyo']);
    expect(data.numbers.find((entry) => entry.number.label === 'Old Tokyo')?.archived).toBe(true);
    expect(data.numbers.find((entry) => entry.number.label === 'Kuwait Zain')?.events.map((event) => event.kind)).toEqual(['renewal', 'balance_check']);

    const fresh = await testCore('2026-11-25T12:00:00Z');
    expect(await fresh.call('import.json', { content: exported.content })).toMatchObject({ created: 3, events: 4 });
    fresh.close();
  });

  it('without a filter is still the full record, archived numbers included', async () => {
    const exported = await core.call('export.json', {});
    expect(KeeplineExport.parse(JSON.parse(exported.content)).numbers).toHaveLength(5);
    expect(exported.fileName).toBe('keepline-2026-11-25.json');
  });

  it('is named for the list, as filtered when its filter leaves numbers out, never as the full record', async () => {
    expect((await core.call('export.json', { filter: { owner: 'Aiko' } })).fileName).toBe('keepline-numbers-filtered-2026-11-25.json');
    expect((await core.call('export.json', { filter: {} })).fileName).toBe('keepline-numbers-2026-11-25.json');
    expect((await core.call('export.json', { filter: { carrier: 'Zain' }, includeSecrets: true, confirmSecrets: true })).fileName).toBe(
      'keepline-numbers-filtered-2026-11-25-with-secrets.json',
    );
  });
});

describe('history exports of the current history filter', () => {
  // Each filter with how many of the seven events it keeps.
  const filters = (): [InputRaw<'history.list'>, number][] => [
    [{}, 7],
    [{ numberId: ids.london! }, 2],
    [{ numberSearch: '07400 123456' }, 2],
    [{ numberSearch: '+1 555 0100' }, 0],
    [{ owner: 'BO' }, 3],
    [{ country: 'JP' }, 2],
    [{ carrier: 'zain' }, 2],
    [{ kinds: ['topup', 'renewal'] }, 4],
    [{ from: '2026-09-01', to: '2026-10-02' }, 4],
    [{ owner: 'Aiko', kinds: ['renewal'], from: '2026-09-02' }, 1],
  ];

  it('CSV: the events the page lists, oldest first, every cell parsing back to what was recorded', async () => {
    for (const [filter, count] of filters()) {
      const listed = (await core.call('history.list', { ...filter, limit: 500 })).items.reverse();
      expect(listed, JSON.stringify(filter)).toHaveLength(count);
      const rows = csvRows((await core.call('export.historyCsv', filter)).content);
      expect(rows.map((row) => [phoneCell(row.number), row.event, row.date]), JSON.stringify(filter)).toEqual(listed.map((item) => [item.e164, item.kind, item.occurredOn]));
      rows.forEach((row, index) => {
        const item = listed[index]!;
        expect(row).toEqual({
          number: `'${item.e164}`,
          label: item.label,
          event: item.kind,
          date: item.occurredOn,
          amount: item.amount ? minorToText(item.amount.amountMinor, item.amount.currency) : '',
          currency: item.amount?.currency ?? '',
          activity: item.activityType ?? '',
          // Text a spreadsheet would run as a formula comes with an apostrophe in front.
          method: /^[=+\-@]/.test(item.method) ? `'${item.method}` : item.method,
          reason: item.reason,
          note: /^[=+\-@]/.test(item.note) ? `'${item.note}` : item.note,
          source: item.source,
          recorded_at: item.recordedAt,
        });
      });
    }
  });

  it('CSV: oldest first within a day too, in the order the events were recorded', async () => {
    const rows = csvRows((await core.call('export.historyCsv', { from: '2026-09-01', to: '2026-09-01' })).content);
    expect(rows.map((row) => row.label)).toEqual(['Kuwait Zain', 'Tokyo']);
  });

  it('JSON: a versioned document with the same events and the number of each', async () => {
    for (const [filter] of filters()) {
      const listed = (await core.call('history.list', { ...filter, limit: 500 })).items.reverse();
      const exported = await core.call('export.historyJson', filter);
      expect(exported).toMatchObject({ fileName: 'keepline-history-2026-11-25.json', mimeType: 'application/json' });
      const data = KeeplineHistoryExport.parse(JSON.parse(exported.content));
      expect(data).toMatchObject({ format: 'keepline-history', version: 1, exportedAt: '2026-11-25T12:00:00.000Z' });
      expect(data.events).toEqual(
        listed.map((item) => ({
          number: item.e164, label: item.label, owner: item.owner, country: item.country, carrier: item.carrier,
          kind: item.kind, occurredOn: item.occurredOn, recordedAt: item.recordedAt, amount: item.amount,
          activityType: item.activityType, method: item.method, reason: item.reason, note: item.note, source: item.source,
          details: item.details,
        })),
      );
    }
  });

  it('a number that does not exist is not found, and a bad filter names its field; nothing is exported', async () => {
    expect(await core.fail('export.historyCsv', { numberId: 4242 })).toMatchObject({ code: 'not_found' });
    expect(await core.fail('export.historyJson', { numberId: 4242 })).toMatchObject({ code: 'not_found' });
    expect(await core.fail('export.historyJson', { to: '2026-13-01' })).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(await core.fail('export.historyCsv', { kinds: ['gift'] })).toMatchObject({ code: 'invalid_input', field: 'kinds.0' });
  });
});
