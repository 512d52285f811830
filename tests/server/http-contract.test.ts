import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '#shared/contract.ts';
import { METHOD_NAMES, isMethodName } from '#shared/methods.ts';
import { silentLogger } from '#core/ports.ts';
import { startWebServer, type WebServer } from '#server/http-server.ts';
import { numberInput, testCore, type TestCore } from '../core/support/test-core.ts';

let core: TestCore;
let server: WebServer;
let numberId: number;

beforeAll(async () => {
  core = await testCore('2026-11-25T12:00:00Z');
  server = await startWebServer({ dispatch: core.dispatch, logger: silentLogger, staticDir: null });
  numberId = (await core.call('numbers.create', numberInput({ expiryDate: '2026-12-24', planCost: { amountMinor: 1000, currency: 'KWD' } }))).id;
});
afterAll(async () => {
  await server.close();
  core.close();
});

function post(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function databaseBytes(): string {
  const hash = createHash('sha256');
  for (const file of [core.file, `${core.file}-wal`, `${core.dir}/settings.json`]) if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

const valid = numberInput({ phone: '+81 90 1234 5678', timeZone: 'Asia/Tokyo' });
const longText = 'x'.repeat(200_000);

// method, input (as JSON text where JSON cannot say it), expected code, field, reason
const BAD_INPUTS: [string, unknown, string, string | undefined, string | undefined][] = [
  ['app.info', { extra: 1 }, 'invalid_input', 'extra', 'unknown_key'],
  ['numbers.list', { search: 5 }, 'invalid_input', 'search', 'wrong_type'],
  ['numbers.list', { status: ['gone'] }, 'invalid_input', 'status.0', 'not_allowed_value'],
  ['numbers.list', { search: longText }, 'invalid_input', 'search', 'too_long'],
  ['numbers.list', { limit: 5000 }, 'invalid_input', 'limit', 'too_big'],
  ['numbers.list', { sort: { key: 'notes', direction: 'ascending' } }, 'invalid_input', 'sort.key', 'not_allowed_value'],
  ['numbers.ids', { offset: 10 }, 'invalid_input', 'offset', 'unknown_key'],
  ['numbers.get', {}, 'invalid_input', 'id', 'required'],
  ['numbers.get', { id: '1' }, 'invalid_input', 'id', 'wrong_type'],
  ['numbers.get', { id: 1.5 }, 'invalid_input', 'id', 'not_integer'],
  ['numbers.get', { id: 0 }, 'invalid_input', 'id', 'too_small'],
  ['numbers.get', { id: 424242 }, 'not_found', undefined, undefined],
  ['numbers.create', '{"phone":"+81 90 1234 5678","timeZone":"Asia/Tokyo","__proto__":{"admin":true}}', 'invalid_input', '__proto__', 'unknown_key'],
  ['numbers.create', { ...valid, constructor: { prototype: {} } }, 'invalid_input', 'constructor', 'unknown_key'],
  ['numbers.create', { ...valid, phone: '+81 12' }, 'invalid_input', 'phone', 'phone_too_short'],
  ['numbers.create', { ...valid, phone: '+44 7400 1234567' }, 'invalid_input', 'phone', 'phone_too_long'],
  ['numbers.create', { ...valid, phone: '+44 7400 1234' }, 'invalid_input', 'phone', 'phone_wrong_length'],
  ['numbers.create', { ...valid, phone: '+44 7700 900123' }, 'invalid_input', 'phone', 'phone_not_valid_there'],
  ['numbers.create', { ...valid, phone: '+1 202 555 01xx' }, 'invalid_input', 'phone', 'phone_letters'],
  ['numbers.create', { ...valid, phone: '+965 6000 1234;' }, 'invalid_input', 'phone', 'phone_symbols'],
  ['numbers.create', { ...valid, phone: '+999 1234 5678' }, 'invalid_input', 'phone', 'unknown_calling_code'],
  ['numbers.create', { ...valid, country: 'FR' }, 'invalid_input', 'phone', 'wrong_country'],
  ['numbers.create', { ...valid, country: 'ZZ' }, 'invalid_input', 'country', 'unknown_country'],
  ['numbers.create', { ...valid, timeZone: 'Asia/Atlantis' }, 'invalid_input', 'timeZone', 'unknown_zone'],
  ['numbers.create', { ...valid, timeZone: '+03:00' }, 'invalid_input', 'timeZone', 'unknown_zone'],
  ['numbers.create', { ...valid, expiryDate: '0000-01-01' }, 'invalid_input', 'expiryDate', 'date_out_of_range'],
  ['numbers.create', { ...valid, expiryDate: '9999-12-31' }, 'invalid_input', 'expiryDate', 'date_out_of_range'],
  ['numbers.create', { ...valid, expiryDate: '2027-02-29' }, 'invalid_input', 'expiryDate', 'not_a_date'],
  ['numbers.create', { ...valid, expiryDate: '1 Dec 2026' }, 'invalid_input', 'expiryDate', 'bad_format'],
  ['numbers.create', { ...valid, planCost: { amountMinor: 'NaN', currency: 'JPY' } }, 'invalid_input', 'planCost.amountMinor', 'wrong_type'],
  ['numbers.create', { ...valid, planCost: { amountMinor: 100, currency: 'ABC' } }, 'invalid_input', 'planCost.currency', 'unknown_currency'],
  ['numbers.create', { ...valid, notes: longText }, 'invalid_input', 'notes', 'too_long'],
  ['numbers.create', { ...valid, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'invalid_input', 'tags', 'too_many'],
  ['numbers.create', { ...valid, rules: [{ kind: 'magic' }] }, 'invalid_input', 'rules.0.kind', 'not_allowed_value'],
  ['numbers.create', { ...valid, rules: [{ kind: 'activity', every: { count: 13, unit: 'years' }, counts: ['call'] }] }, 'invalid_input', 'rules.0.every.count', 'too_big'],
  ['numbers.create', { ...valid, lapsePhases: [{ name: '', length: { count: 30, unit: 'days' } }] }, 'invalid_input', 'lapsePhases.0.name', 'required'],
  ['numbers.create', { ...valid, label: 'x'.repeat(101) }, 'invalid_input', 'label', 'too_long'],
  ['numbers.create', { ...valid, phone: '+965 6000 1234' }, 'conflict', 'phone', 'duplicate'],
  ['numbers.check', { ...valid, phone: '12' }, 'invalid_input', 'phone', 'invalid_phone'],
  ['numbers.update', { id: 1, number: { ...valid, timeZone: 'Nowhere/Land' } }, 'invalid_input', 'number.timeZone', 'unknown_zone'],
  ['numbers.update', { id: 424242, number: valid }, 'not_found', undefined, undefined],
  ['numbers.setArchived', { id: 1, archived: 'yes' }, 'invalid_input', 'archived', 'wrong_type'],
  ['numbers.delete', { id: -1 }, 'invalid_input', 'id', 'too_small'],
  ['numbers.delete', { id: 424242 }, 'not_found', undefined, undefined],
  ['events.list', { numberId: 'one' }, 'invalid_input', 'numberId', 'wrong_type'],
  ['events.record', { numberId: 1, kind: 'topup', amount: { amountMinor: -5, currency: 'KWD' } }, 'invalid_input', 'amount.amountMinor', 'too_small'],
  ['events.record', { numberId: 1, kind: 'renewal', occurredOn: '2026-11-26' }, 'invalid_input', 'occurredOn', 'future_date'],
  ['events.record', { numberId: 1, kind: 'renewal', when: 'now' }, 'invalid_input', 'when', 'unknown_key'],
  ['events.record', { numberId: 1 }, 'invalid_input', 'kind', 'required'],
  ['events.preview', { numberId: 1, kind: 'balance_check' }, 'invalid_input', 'balance', 'required'],
  ['events.undoLast', { numberId: 1 }, 'invalid_input', 'numberId', 'nothing_to_undo'],
  ['settings.get', { all: true }, 'invalid_input', 'all', 'unknown_key'],
  ['settings.update', { scanIntervalMinutes: 0 }, 'invalid_input', 'scanIntervalMinutes', 'too_small'],
  ['settings.update', { backupsToKeep: 'many' }, 'invalid_input', 'backupsToKeep', 'wrong_type'],
  ['dashboard.summary', { horizon: 30 }, 'invalid_input', 'horizon', 'unknown_key'],
  ['numbers.facets', { all: true }, 'invalid_input', 'all', 'unknown_key'],
  ['numbers.names', { archived: true }, 'invalid_input', 'archived', 'unknown_key'],
  ['numbers.bulkTag', { ids: [], tag: 'x' }, 'invalid_input', 'ids', 'too_short'],
  ['numbers.bulkUntag', { ids: [424242], tag: 'x' }, 'not_found', undefined, undefined],
  ['numbers.bulkArchive', { ids: [1, 1], archived: true }, 'invalid_input', 'ids', 'duplicate_value'],
  ['numbers.bulkCarrierRules', { ids: [424242] }, 'not_found', undefined, undefined],
  ['numbers.carrierRulesCheck', { ids: [1], carrier: 'x' }, 'invalid_input', 'carrier', 'unknown_key'],
  ['events.recordMany', { numberIds: [1], activityType: 'dance' }, 'invalid_input', 'activityType', 'not_allowed_value'],
  ['backups.list', { folder: '/etc' }, 'invalid_input', 'folder', 'unknown_key'],
  ['backups.create', { reason: 'x' }, 'invalid_input', 'reason', 'unknown_key'],
  ['backups.ensureDaily', [], 'invalid_input', '', 'wrong_type'],
  ['backups.restore', { name: '../../etc/passwd' }, 'invalid_input', 'name', 'not_a_backup'],
  ['backups.prepareRestore', { name: 'keepline-nothing.sqlite' }, 'invalid_input', 'name', 'not_a_backup'],
  ['secrets.list', { numberId: 424242 }, 'not_found', undefined, undefined],
  ['secrets.set', { numberId: 1, kind: 'cvv', value: '123' }, 'invalid_input', 'kind', 'not_allowed_value'],
  ['secrets.set', { numberId: 1, kind: 'puk', value: '' }, 'invalid_input', 'value', 'required'],
  ['secrets.reveal', { numberId: 1, kind: 'puk' }, 'not_found', undefined, undefined],
  ['secrets.delete', { numberId: 1 }, 'invalid_input', 'kind', 'required'],
  ['reminders.list', { numberId: 424242 }, 'not_found', undefined, undefined],
  ['reminders.inbox', { limit: 500 }, 'invalid_input', 'limit', 'too_big'],
  ['reminders.waiting', { limit: 0 }, 'invalid_input', 'limit', 'too_small'],
  ['reminders.scan', { now: '2030-01-01' }, 'invalid_input', 'now', 'unknown_key'],
  ['reminders.snooze', { id: 1, preset: 'until', until: 'tomorrow' }, 'invalid_input', 'until', 'bad_format'],
  ['reminders.dismiss', { id: 424242 }, 'not_found', undefined, undefined],
  ['reminders.dismissAll', { shownUntil: '2026-11-25' }, 'invalid_input', 'shownUntil', 'bad_format'],
  ['reminders.pause', { minutes: 1441 }, 'invalid_input', 'minutes', 'too_big'],
  ['reminders.replanAll', { leadTimesDays: [3] }, 'invalid_input', 'leadTimesDays', 'unknown_key'],
  ['reminders.trayState', { all: true }, 'invalid_input', 'all', 'unknown_key'],
  ['carriers.list', { origin: 'mine' }, 'invalid_input', 'origin', 'not_allowed_value'],
  ['carriers.get', { id: '../etc' }, 'invalid_input', 'id', 'bad_format'],
  ['carriers.get', { id: 'user-424242' }, 'not_found', undefined, undefined],
  ['carriers.save', { fields: { name: 'X', renewalUrl: 'http://carrier.example/' } }, 'invalid_input', 'fields.renewalUrl', 'not_https'],
  ['carriers.delete', { id: 'zz-nowhere' }, 'not_found', undefined, undefined],
  ['carriers.suggestRule', {}, 'invalid_input', 'id', 'required'],
  ['carriers.sessions', { all: true }, 'invalid_input', 'all', 'unknown_key'],
  ['carriers.clearSession', { partition: 'persist:keepline' }, 'invalid_input', 'partition', 'bad_format'],
  ['renewals.target', { numberId: 424242 }, 'not_found', undefined, undefined],
  ['renewals.open', { numberId: 1 }, 'invalid_input', 'carrier', 'no_renewal_url'],
  ['events.attachReceipt', { eventId: 1, fileName: 'r.exe', mediaType: 'application/x-msdownload', dataBase64: 'AA==' }, 'invalid_input', 'mediaType', 'not_allowed_value'],
  ['events.attachDownloadedReceipt', { eventId: 1, receiptId: '../../etc/passwd' }, 'invalid_input', 'receiptId', 'bad_format'],
  ['events.attachments', { numberId: 424242 }, 'not_found', undefined, undefined],
  ['numbers.create', { ...valid, notes: 'x'.repeat(10 * 1024 * 1024) }, 'invalid_input', 'notes', 'too_long'],
  ['export.numbersCsv', { status: ['due'] }, 'invalid_input', 'status.0', 'not_allowed_value'],
  ['export.historyCsv', { numberId: 424242 }, 'not_found', undefined, undefined],
  ['export.historyJson', { from: '2026-02-30' }, 'invalid_input', 'from', 'not_a_date'],
  ['export.json', { includeSecrets: true }, 'invalid_input', 'confirmSecrets', 'required'],
  ['export.calendar', { from: '2026-01-01' }, 'invalid_input', 'from', 'unknown_key'],
  ['import.json', { content: '{"format":"keepline"' }, 'invalid_input', 'content', 'bad_format'],
  ['import.json', { content: '{"format":"other","version":1,"exportedAt":"2026-11-25T00:00:00Z","numbers":[]}' }, 'invalid_input', 'content.format', 'not_allowed_value'],
  ['import.sheetPreview', { fileName: 'a.csv', content: 'Phone\n1', encoding: 'gzip' }, 'invalid_input', 'encoding', 'not_allowed_value'],
  ['import.sheetInvalidCsv', { fileName: '', content: 'Phone\n1', encoding: 'text' }, 'invalid_input', 'fileName', 'required'],
  ['jobs.start', { method: 'numbers.delete', input: { id: 1 } }, 'invalid_input', 'method', 'not_allowed_value'],
  ['jobs.current', { all: true }, 'invalid_input', 'all', 'unknown_key'],
  ['jobs.status', { jobId: 'nope' }, 'invalid_input', 'jobId', 'bad_format'],
  ['jobs.cancel', { jobId: 'job-424242' }, 'not_found', undefined, undefined],
  ['import.sheetCommit', { fileName: 'a.csv', content: 'Phone,Expiry\n+96560007777,31/02/2026\n', encoding: 'text' }, 'invalid_input', 'skipInvalid', 'invalid_rows'],
  ['import.sheetCommit', { fileName: 'a.csv', content: 'Phone\n+96560007777\n', encoding: 'text', carrierRules: 'yes' }, 'invalid_input', 'carrierRules', 'wrong_type'],
  ['history.list', { limit: 0 }, 'invalid_input', 'limit', 'too_small'],
  ['events.update', { id: 424242, event: { numberId: 1, kind: 'activity', activityType: 'call' } }, 'not_found', undefined, undefined],
  ['events.updatePreview', { id: 1, event: { numberId: 1, kind: 'topup' } }, 'invalid_input', 'event.amount', 'required'],
  ['events.delete', { id: 424242 }, 'not_found', undefined, undefined],
  ['spending.summary', { from: '2026-02-30' }, 'invalid_input', 'from', 'not_a_date'],
  ['spending.forecast', { months: 3 }, 'invalid_input', 'months', 'unknown_key'],
  ['spending.forecast', { lines: 100_001 }, 'invalid_input', 'lines', 'too_big'],
  ['spending.forecast', { owner: 'Helios Solar', from: '2026-01-01' }, 'invalid_input', 'from', 'unknown_key'],
  ['spending.forecast', { country: 'Kuwait' }, 'invalid_input', 'country', 'bad_format'],
  ['spending.summary', { group: 'byNumber', lines: 2.5 }, 'invalid_input', 'lines', 'not_integer'],
  ['numbers.destroyAll', {}, 'unknown_method', undefined, undefined],
];

describe('every method refuses bad input with the right code and field, and changes nothing', () => {
  it('covers every method of the contract', () => {
    const covered = new Set(BAD_INPUTS.map(([method]) => method));
    expect(METHOD_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('each code a method answers is one its contract entry lists', () => {
    for (const [method, , code] of BAD_INPUTS) {
      if (!isMethodName(method)) continue;
      expect(contract[method].errors as readonly string[], method).toContain(code);
    }
  });

  it.each(BAD_INPUTS)('%s %j', async (method, input, code, field, reason) => {
    const before = databaseBytes();
    const response = await post(method, input);
    const body = (await response.json()) as { ok: boolean; error: { code: string; field?: string; reason?: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error).toMatchObject({ code, ...(field ? { field, reason } : {}) });
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(databaseBytes()).toBe(before);
  });

  it('answers in the language the request asks for', async () => {
    const response = await post('numbers.get', { id: 'x' }, { 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('号码类型不正确（应为 number）');
  });

  it('refuses a body larger than 16 MB, and a body that is not JSON', async () => {
    const big = await post('numbers.create', { ...valid, notes: 'x'.repeat(20 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const garbage = await post('numbers.create', '{"phone": ');
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });
});

describe('who may call', () => {
  it('answers a correct call with the value envelope', async () => {
    const response = await post('numbers.get', { id: numberId });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { id: numberId, e164: '+96560001234' } });
  });

  it('refuses a missing or wrong token', async () => {
    for (const authorization of ['', 'Bearer', `Bearer ${server.token}x`, `Basic ${server.token}`]) {
      const response = await fetch(`${server.url}api/app.info`, { method: 'POST', headers: { Authorization: authorization, 'Content-Type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses another Host (DNS rebinding) and a foreign Origin', async () => {
    const { request } = await import('node:http');
    const send = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{}');
      });
    expect(await send({ Host: 'evil.example:80' })).toBe(403);
    expect(await send({ Host: `127.0.0.1.evil.example:${server.port}` })).toBe(403);
    expect(await send({ Origin: 'https://evil.example' })).toBe(403);
    expect(await send({ Origin: `http://127.0.0.1:${server.port + 1}` })).toBe(403);
    expect(await send({ Origin: `http://127.0.0.1:${server.port}` })).toBe(200);
    expect(await send({ Host: `localhost:${server.port}` })).toBe(200);
  });

  it('refuses a form post (not JSON) that a foreign page could send without asking', async () => {
    const response = await post('numbers.delete', 'id=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(403);
  });

  it('lists every method with its input and output JSON Schema', async () => {
    const response = await fetch(`${server.url}api`, { headers: { Authorization: `Bearer ${server.token}` } });
    const body = (await response.json()) as { methods: { name: string; input: { type: string; properties?: Record<string, unknown> }; output: object }[] };
    expect(body.methods.map((m) => m.name)).toEqual([...METHOD_NAMES]);
    const create = body.methods.find((m) => m.name === 'numbers.create');
    expect(create?.input.type).toBe('object');
    expect(Object.keys(create?.input.properties ?? {})).toContain('phone');
    expect((await fetch(`${server.url}api`)).status).toBe(401);
  });
});
