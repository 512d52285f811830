import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvStart } from '#core/export/csv.ts';
import { historyCsv, type HistoryCsvRow } from '#core/export/history-csv.ts';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
});
afterEach(() => core.close());

const PUK = '73920581';

async function seed() {
  const kuwait = await core.call('numbers.create', numberInput({
    label: '科威特 Zain', owner: 'Aiko', notes: '=HYPERLINK("http://evil.example","click")', tags: ['travel', '工作'],
    planCost: { amountMinor: 2500, currency: 'KWD' }, billingPeriod: { count: 30, unit: 'days' }, expiryDate: '2026-12-03',
    rules: [
      { kind: 'validity', extension: { type: 'fixed', by: { count: 30, unit: 'days' } }, mode: 'add' },
      { kind: 'activity', every: { count: 90, unit: 'days' }, counts: ['call', 'renewal'], lastOn: '2026-10-01' },
    ],
    lapsePhases: [{ name: 'receive-only', length: { count: 30, unit: 'days' }, works: 'SMS in', creditLost: true }],
    paymentMethod: { label: 'Visa 4242', cardExpiry: '2027-04' },
  }));
  await core.call('events.record', { numberId: kuwait.id, kind: 'renewal', amount: { amountMinor: 2500, currency: 'KWD' }, occurredOn: '2026-11-20', method: 'Visa 4242' });
  await core.call('events.record', { numberId: kuwait.id, kind: 'balance_check', balance: { amountMinor: 1200, currency: 'KWD' } });
  await core.call('secrets.set', { numberId: kuwait.id, kind: 'puk', value: PUK });
  const tokyo = await core.call('numbers.create', numberInput({
    phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo', label: 'Tokyo', expiryDate: '2027-01-15', planCost: { amountMinor: 3000, currency: 'JPY' },
  }));
  await core.call('numbers.setArchived', { id: tokyo.id, archived: true });
  return { kuwait, tokyo };
}

describe('JSON export', () => {
  it('round-trips into an empty database: the same numbers, dates, explanations, history and archive state', async () => {
    await seed();
    const exported = await core.call('export.json', {});
    const before = await Promise.all((await core.call('numbers.list', { includeArchived: true })).items.map((n) => core.call('numbers.get', { id: n.id })));
    const historyBefore = await Promise.all(before.map((n) => core.call('events.list', { numberId: n.id })));

    const fresh = await testCore('2026-11-25T12:00:00Z');
    const summary = await fresh.call('import.json', { content: exported.content });
    expect(summary).toMatchObject({ created: 2, skipped: 0, events: 2 });
    const after = await Promise.all((await fresh.call('numbers.list', { includeArchived: true })).items.map((n) => fresh.call('numbers.get', { id: n.id })));
    const strip = ({ id: _id, updatedAt: _u, ...rest }: (typeof before)[number]) => rest;
    expect(after.map(strip)).toEqual(before.map(strip));
    expect(after[0]?.deadline?.sentence).toBe(before[0]?.deadline?.sentence);
    const historyAfter = await Promise.all(after.map((n) => fresh.call('events.list', { numberId: n.id })));
    const events = (lists: typeof historyBefore) => lists.map((l) => l.items.map(({ kind, occurredOn, amount, method, details, recordedAt }) => ({ kind, occurredOn, amount, method, details, recordedAt })));
    expect(events(historyAfter)).toEqual(events(historyBefore));

    // Importing again duplicates nothing.
    expect(await fresh.call('import.json', { content: exported.content })).toMatchObject({ created: 0, skipped: 2 });
    fresh.close();
  });

  it('leaves secrets out unless ticked and confirmed; then they come back on import', async () => {
    await seed();
    expect((await core.call('export.json', {})).content).not.toContain(PUK);
    expect(await core.fail('export.json', { includeSecrets: true })).toMatchObject({ field: 'confirmSecrets' });
    const withSecrets = await core.call('export.json', { includeSecrets: true, confirmSecrets: true });
    expect(withSecrets.fileName).toContain('with-secrets');
    expect(withSecrets.content).toContain(PUK);
    const fresh = await testCore();
    await fresh.call('import.json', { content: withSecrets.content });
    const id = (await fresh.call('numbers.list', { search: 'Zain' })).items[0]!.id;
    expect(await fresh.call('secrets.reveal', { numberId: id, kind: 'puk' })).toEqual({ value: PUK });
    fresh.close();
  });

  it('an import with one invalid number changes nothing and names the entry and field', async () => {
    await seed();
    const data = JSON.parse((await core.call('export.json', {})).content);
    data.numbers[1].number.phone = '+81 12';
    const fresh = await testCore();
    const error = await fresh.fail('import.json', { content: JSON.stringify(data) });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content.numbers.1.number.phone', reason: 'phone_too_short' });
    expect((await fresh.call('numbers.list', { includeArchived: true })).items).toHaveLength(0);
    fresh.close();
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM, one header row, ISO dates, Chinese intact and formulas inert', async () => {
    await seed();
    const { content, fileName } = await core.call('export.numbersCsv', { includeArchived: true });
    expect(fileName).toBe('keepline-numbers-2026-11-25.csv');
    expect(content.startsWith('\uFEFFnumber,formatted,country,label')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const kuwait = parsed.data.find((row) => row.label === '科威特 Zain')!;
    expect(kuwait).toMatchObject({ number: "'+96560001234", plan_cost: '2.500', currency: 'KWD', expiry_date: '2027-01-02', tags: 'travel, 工作', archived: 'false' });
    expect(kuwait.notes).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(content).not.toContain(PUK);
  });

  it('exports what the list shows: the same filter', async () => {
    await seed();
    const { content } = await core.call('export.numbersCsv', { search: 'tokyo' });
    expect(content).not.toContain('Tokyo'); // archived, hidden like in the list
    const withArchived = await core.call('export.numbersCsv', { search: 'tokyo', includeArchived: true });
    expect(Papa.parse(withArchived.content.slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(1);
  });

  it('history lists every event with amounts in major units', async () => {
    const { kuwait } = await seed();
    const { content } = await core.call('export.historyCsv', { numberId: kuwait.id });
    const rows = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row.event, row.date, row.amount, row.currency])).toEqual([
      ['renewal', '2026-11-20', '2.500', 'KWD'],
      ['balance_check', '2026-11-25', '', ''],
    ]);
  });
});

describe('iCalendar export', () => {
  it('parses with an independent parser: one event per upcoming deadline at the carrier-zone instant, an alarm per lead time, stable UIDs', async () => {
    const { kuwait } = await seed();
    const first = (await core.call('export.calendar', {})).content;
    const calendar = new ICAL.Component(ICAL.parse(first));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1); // the archived Tokyo number is not in the calendar
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe('deadline-96560001234@keepline.app');
    expect(events[0]!.getFirstPropertyValue('x-keepline-carrier-tzid')).toBe('Asia/Kuwait');
    // The last hour of 2 Jan in Kuwait (UTC+3), ending at its midnight.
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-02T20:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-02T21:00:00.000Z');
    expect(event.summary).toContain('科威特 Zain');
    const alarms = events[0]!.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Time).toJSDate().toISOString());
    // 09:00 Kuwait time on 30, 7, 1 and 0 days before 2 Jan.
    expect(alarms).toEqual(['2026-12-03T06:00:00.000Z', '2026-12-26T06:00:00.000Z', '2027-01-01T06:00:00.000Z', '2027-01-02T06:00:00.000Z']);

    await core.call('events.record', { numberId: kuwait.id, kind: 'renewal', amount: { amountMinor: 2500, currency: 'KWD' } });
    const second = new ICAL.Component(ICAL.parse((await core.call('export.calendar', {})).content));
    const moved = new ICAL.Event(second.getFirstSubcomponent('vevent')!);
    expect(moved.uid).toBe(event.uid);
    expect(moved.startDate.toString()).not.toBe(event.startDate.toString());
  });

  it('rings at 09:00 carrier time on a day the clocks change (London, 29 Mar 2026)', async () => {
    await core.call('numbers.create', numberInput({ phone: '+44 7400 123456', timeZone: 'Europe/London', expiryDate: '2026-12-31' }));
    await core.call('settings.update', { leadTimesDays: [30, 0] });
    core.clock.set('2026-03-01T00:00:00Z');
    await core.call('numbers.update', { id: 1, number: numberInput({ phone: '+44 7400 123456', timeZone: 'Europe/London', expiryDate: '2026-04-28' }) });
    const calendar = new ICAL.Component(ICAL.parse((await core.call('export.calendar', {})).content));
    const alarms = calendar.getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Time).toJSDate().toISOString());
    // 29 Mar is the 23-hour day: 09:00 BST is 08:00 UTC; 28 Apr 09:00 BST is 08:00 UTC too.
    expect(alarms).toEqual(['2026-03-29T08:00:00.000Z', '2026-04-28T08:00:00.000Z']);
  });
});

describe('iCalendar text', () => {
  it('folds long lines at 75 octets without splitting a character, and escapes commas and semicolons', async () => {
    const label = `${'科威特长标签'.repeat(12)}, Zain; "main"`;
    await core.call('numbers.create', numberInput({ label, expiryDate: '2026-12-31' }));
    const content = (await core.call('export.calendar', {})).content;
    const lines = content.split('\r\n');
    expect(lines.at(-1)).toBe(''); // every line ends in CRLF
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`Keep ${label} (+965 6000 1234) alive: deadline`);
    expect(event.description).toBe('Renew, top up or use +965 6000 1234 before midnight Asia/Kuwait time on 2026-12-31.');
  });
});

describe('iCalendar language', () => {
  const newYork = () => numberInput({ phone: '+1 646 201 7788', timeZone: 'America/New_York', label: '纽约备用', carrier: 'Mint', expiryDate: '2027-01-01' });
  const texts = (content: string) => {
    const calendar = new ICAL.Component(ICAL.parse(content));
    const event = calendar.getFirstSubcomponent('vevent')!;
    return {
      name: calendar.getFirstPropertyValue('x-wr-calname'),
      summary: event.getFirstPropertyValue('summary'),
      description: event.getFirstPropertyValue('description'),
      alarms: event.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('description')),
      times: [event.getFirstPropertyValue('uid'), String(event.getFirstPropertyValue('dtstart')), String(event.getFirstPropertyValue('dtend')),
        ...event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')))],
    };
  };

  it('speaks the request’s language: Chinese words, the zone as the app names it, the same times and UIDs', async () => {
    await core.call('numbers.create', newYork());
    const zh = texts((await core.call('export.calendar', {}, 'zh-CN')).content);
    const en = texts((await core.call('export.calendar', {}, 'en')).content);
    expect(zh).toEqual({
      name: 'Keepline 保号截止日',
      summary: '保号截止：纽约备用（+1 646 201 7788）',
      description: '请在 2027年1月1日（纽约时间当天结束前）续费、充值或使用号码 +1 646 201 7788（Mint）。',
      alarms: ['纽约备用（+1 646 201 7788）：30 天后截止', '纽约备用（+1 646 201 7788）：7 天后截止', '纽约备用（+1 646 201 7788）：明天截止', '纽约备用（+1 646 201 7788）：今天截止'],
      times: en.times,
    });
    // English, as it always was.
    expect(en).toMatchObject({
      name: 'Keepline deadlines',
      summary: 'Keep 纽约备用 (+1 646 201 7788) alive: deadline',
      description: 'Renew, top up or use +1 646 201 7788 (Mint) before midnight America/New_York time on 2027-01-01.',
      alarms: ['纽约备用 (+1 646 201 7788): deadline in 30 days', '纽约备用 (+1 646 201 7788): deadline in 7 days', '纽约备用 (+1 646 201 7788): deadline tomorrow', '纽约备用 (+1 646 201 7788): deadline today'],
    });
  });

  it('follows the language of the job that exports it', async () => {
    await core.call('numbers.create', newYork());
    const { jobId } = await core.call('jobs.start', { method: 'export.calendar', input: {} }, 'zh-CN');
    let job = await core.call('jobs.status', { jobId });
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await core.call('jobs.status', { jobId });
    }
    expect(texts((job.result as { content: string }).content).summary).toBe('保号截止：纽约备用（+1 646 201 7788）');
  });
});

describe('exporters', () => {
  it('write CSV cells that parse back to their text, with formulas made inert', () => {
    const texts = ['plain', '', ' leading space', 'trailing space ', 'a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', '\uFEFFbom', '中文，逗号',
      '=1+1', '+44 7400', '-5', '@user', '\tTab', '=multi\nline formula', "'already quoted"];
    const parsed = Papa.parse<string[]>((csvStart(['text']) + texts.map((text) => csvLine([text])).join('')).slice(1), { delimiter: ',', skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    expect(parsed.data.slice(1, -1).map((row) => row[0])).toEqual(texts.map(inert));
    expect([csvCell(12), csvCell(true), csvCell(null)]).toEqual(['12', 'true', '']);
  });

  it('report progress at most every 500 rows, and once at the end', () => {
    const row: HistoryCsvRow = [1, 'renewal,2026-11-01,', 100, 'USD', ',USD,,', '', '', '', ',manual,2026-11-01T00:00:00.000Z\r\n'];
    const calls: [number, number][] = [];
    historyCsv({ numbers: new Map(), events: Array.from({ length: 1200 }, () => row) }, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[500, 1200], [1000, 1200], [1200, 1200]]);
  });
});
