import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCatalog, parseCatalog } from '#core/carriers/catalog.ts';
import { mapCatalogRules } from '#core/carriers/catalog-rules.ts';
import { quotedToFit } from '#core/carriers/catalog-texts.ts';
import type { CarrierShell, RenewalWindowRequest } from '#core/carriers/carrier-shell.ts';
import { carrierPartition } from '#core/carriers/session-partition.ts';
import raw from '../../resources/carriers.json' with { type: 'json' };
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});
async function open() {
  core = await testCore('2026-11-25T12:00:00Z');
  return core;
}

function entry(id: string) {
  const found = bundledCatalog().get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('bundled carrier catalog', () => {
  it('holds every researched carrier with its sources, confidence and date, and opens only https pages', () => {
    const catalog = bundledCatalog();
    expect(catalog.size).toBe(80);
    for (const carrier of catalog.values()) {
      expect(carrier.sources.length).toBeGreaterThan(0);
      expect(['high', 'medium', 'low']).toContain(carrier.confidence);
      expect(carrier.researchDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const url of [carrier.renewalUrl, carrier.homepage, carrier.policyUrl]) if (url) expect(new URL(url).protocol).toBe('https:');
    }
    // Lyca UK's researched homepage is http://: dropped, and said so.
    const lyca = entry('gb-lyca-mobile');
    expect(lyca.homepage).toBeNull();
    expect(lyca.flags.join(' ')).toContain('http://www.lycamobile.co.uk');
  });

  it('refuses a catalog with an http renewal URL or a duplicate id', () => {
    const first = (raw as { carriers: Record<string, unknown>[] }).carriers[0];
    expect(() => parseCatalog({ format: 1, carriers: [{ ...first, renewalUrl: 'http://carrier.example/' }] })).toThrow();
    expect(() => parseCatalog({ format: 1, carriers: [first, first] })).toThrow(/twice/);
  });

  it('maps an activity window with what counts, keeping the research confidence', () => {
    const giffgaff = mapCatalogRules(entry('gb-giffgaff'), 'en');
    expect(giffgaff.rules).toEqual([
      { kind: 'activity', every: { count: 6, unit: 'months' }, counts: ['call', 'sms', 'data', 'addon', 'topup'], lastOn: null, overrideOn: null },
    ]);
    expect(giffgaff.confidence).toBe('high');
  });

  it('maps a top-up table to a validity rule with its cap, and says what it assumed', () => {
    const aldi = mapCatalogRules(entry('de-aldi-talk'), 'en');
    expect(aldi.rules).toEqual([
      {
        kind: 'validity',
        extension: {
          type: 'table',
          tiers: [
            { minAmountMinor: 500, by: { count: 4, unit: 'months' } },
            { minAmountMinor: 1500, by: { count: 12, unit: 'months' } },
            { minAmountMinor: 3000, by: { count: 24, unit: 'months' } },
          ],
        },
        mode: 'reset',
        cap: { count: 24, unit: 'months' },
      },
    ]);
    expect(aldi.lapsePhases).toEqual([{ name: 'Grace period', length: { count: 2, unit: 'months' }, works: 'The source: “passive phase”', creditLost: false }]);
    // The amounts are cents of a euro: the suggestion says so, or 500 would read as 500 of any currency.
    expect(aldi.currency).toBe('EUR');
    expect(mapCatalogRules(entry('gb-giffgaff'), 'en').currency).toBeNull();
  });

  it('never shows a rule as surer than its source: an assumption lowers the confidence', () => {
    // csl states a period but not whether top-ups add to the expiry or restart it.
    const cmhk = entry('hk-csl-prepaid');
    const mapped = mapCatalogRules(cmhk, 'en');
    expect(mapped.rules[0]).toMatchObject({ kind: 'validity', mode: 'reset', extension: { type: 'fixed', by: { count: 180, unit: 'days' } } });
    expect(mapped.unmapped.join(' ')).toMatch(/does not say whether top-ups add/);
    expect(mapped.confidence).toBe({ high: 'medium', medium: 'low', low: 'low' }[cmhk.confidence]);
  });

  it('writes Keepline’s notes and the grace phase it creates in the request’s language, the research’s words quoted as the source’s', async () => {
    const c = await open();
    const ruyi = await c.call('carriers.suggestRule', { id: 'tw-cht-ruyi' }, 'zh-CN');
    expect(ruyi.lapsePhases).toEqual([
      { name: '宽限期', length: { count: 90, unit: 'days' }, works: '来源原文：“receive-only buffer (third-party article; unverified)”', creditLost: false },
    ]);
    expect(ruyi.unmapped).toEqual(['最低金额：每个周期 100 TWD。来源原文中的周期：“180 days (blog example)”']);
    const povo = await c.call('carriers.get', { id: 'jp-povo2' }, 'zh-CN');
    expect(povo.lapsePhases.map((phase) => phase.name)).toEqual(['宽限期']);
    expect(povo.unmapped).toContain('来源原文中的停机阶段：“cancelled: 30 days after suspension; contract cancelled, number lost”');
    const csl = await c.call('carriers.suggestRule', { id: 'hk-csl-prepaid' }, 'zh-CN');
    expect(csl.unmapped).toContain('来源未说明充值是否在原到期日上累加；Keepline 按充值当天重新起算。');
    // The same carrier in English: the same notes and phase, in English.
    const ruyiEn = await c.call('carriers.suggestRule', { id: 'tw-cht-ruyi' }, 'en');
    expect(ruyiEn.lapsePhases[0]).toMatchObject({ name: 'Grace period', works: 'The source: “receive-only buffer (third-party article; unverified)”' });
    expect(ruyiEn.unmapped).toEqual(['Minimum: 100 TWD per period. The source’s period: “180 days (blog example)”']);

    // Of every carrier, nothing Keepline writes in Chinese has a Latin word outside the source's quoted words
    // but its own name and a currency code.
    const keeplines = (text: string) => text.replace(/“[^”]*”/g, '').replace(/Keepline|\b[A-Z]{3}\b/g, '');
    const { items } = await c.call('carriers.list', {}, 'zh-CN');
    for (const item of items) {
      const suggestion = await c.call('carriers.suggestRule', { id: item.id }, 'zh-CN');
      for (const text of suggestion.unmapped) expect(keeplines(text), `${item.id}: ${text}`).not.toMatch(/[A-Za-z]/);
      for (const phase of suggestion.lapsePhases) {
        expect(phase.name, item.id).toBe('宽限期');
        expect(keeplines(phase.works), `${item.id}: ${phase.works}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('cuts the source’s words, not their marker, to fit a field', () => {
    const long = 'x'.repeat(300);
    const cut = quotedToFit('works_quoted', 'zh-CN', long, 200);
    expect(cut).toHaveLength(200);
    expect(cut).toMatch(/^来源原文：“x+…”$/);
    expect(quotedToFit('works_quoted', 'en', 'passive phase', 200)).toBe('The source: “passive phase”');
  });

  it('maps every catalog entry to rules the contract accepts', async () => {
    const c = await open();
    const { items } = await c.call('carriers.list', {});
    expect(items.length).toBe(80);
    for (const item of items) await c.call('carriers.suggestRule', { id: item.id });
  });
});

describe('carriers of the user', () => {
  it('adds a carrier, finds it by search, and refuses a renewal page that is not https', async () => {
    const c = await open();
    const saved = await c.call('carriers.save', { fields: { name: 'Zain Kuwait', country: 'KW', timeZone: 'Asia/Kuwait', renewalUrl: 'https://zain.example/topup' } });
    expect(saved).toMatchObject({ id: expect.stringMatching(/^user-\d+$/), origin: 'user', confidence: 'user' });
    expect((await c.call('carriers.list', { search: 'zain', origin: 'user' })).items.map((item) => item.name)).toEqual(['Zain Kuwait']);
    for (const bad of ['http://zain.example/topup', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@zain.example/']) {
      const error = await c.fail('carriers.save', { id: saved.id, fields: { renewalUrl: bad } });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'fields.renewalUrl', reason: 'not_https' });
      expect(error.message).toBe('Carrier · Renewal page must be an https:// address (such as https://carrier.example/top-up)');
    }
    expect((await c.call('carriers.get', { id: saved.id })).renewalUrl).toBe('https://zain.example/topup');
    await c.call('carriers.delete', { id: saved.id });
    expect((await c.fail('carriers.get', { id: saved.id })).code).toBe('not_found');
  });

  it('keeps edits of a catalog carrier as overrides: the rest still comes from the catalog', async () => {
    const c = await open();
    const edited = await c.call('carriers.save', { id: 'gb-giffgaff', fields: { renewalUrl: 'https://www.giffgaff.com/top-up', rules: [{ kind: 'topup', every: { count: 90, unit: 'days' } }] } });
    expect(edited).toMatchObject({ edited: true, editedFields: ['renewalUrl', 'rules'], confidence: 'user', name: 'giffgaff', researchDate: '2026-11-24' });
    const stored = c.db.prepare('SELECT fields FROM carriers WHERE catalog_id = ?').get('gb-giffgaff') as { fields: string };
    expect(Object.keys(JSON.parse(stored.fields))).toEqual(['renewalUrl', 'rules']);
    await c.call('carriers.delete', { id: 'gb-giffgaff' });
    expect(await c.call('carriers.get', { id: 'gb-giffgaff' })).toMatchObject({ edited: false, renewalUrl: null, confidence: 'high' });
  });
});

describe('renewals and sessions', () => {
  it('opens the carrier page of a number in the session of its carrier account', async () => {
    const c = await open();
    await c.call('carriers.save', { fields: { name: 'Zain', country: 'KW', renewalUrl: 'https://zain.example/topup' } });
    const a = await c.call('numbers.create', numberInput({ carrier: 'zain', accountRef: 'ACC-1' }));
    const b = await c.call('numbers.create', numberInput({ phone: '+965 6000 1235', carrier: 'Zain', accountRef: ' acc-1 ' }));
    const other = await c.call('numbers.create', numberInput({ phone: '+965 6000 1236', carrier: 'Zain', accountRef: 'ACC-2' }));
    const target = await c.call('renewals.target', { numberId: a.id });
    expect(target).toMatchObject({ url: 'https://zain.example/topup', carrierName: 'Zain', partition: expect.stringMatching(/^persist:carrier-[0-9a-f]{32}$/) });
    expect((await c.call('renewals.target', { numberId: b.id })).partition).toBe(target.partition);
    expect((await c.call('renewals.target', { numberId: other.id })).partition).not.toBe(target.partition);
    // Without the desktop shell there is no window: the browser opens the page itself.
    expect(await c.call('renewals.open', { numberId: a.id })).toEqual({ outcome: 'unavailable', url: 'https://zain.example/topup', receipts: [] });
    const sessions = (await c.call('carriers.sessions', {})).items;
    expect(sessions.map((session) => session.numberIds.length).sort()).toEqual([1, 2]);
    expect(await c.call('carriers.clearSession', { partition: target.partition })).toEqual({ cleared: false });
  });

  it('says so when a number has no renewal page', async () => {
    const c = await open();
    const n = await c.call('numbers.create', numberInput({ carrier: 'Unknown Telecom' }));
    expect(await c.fail('renewals.open', { numberId: n.id })).toMatchObject({ field: 'carrier', reason: 'no_renewal_url' });
  });

  it('names partitions after the carrier and account, never after their text', () => {
    expect(carrierPartition('gb-giffgaff', 'A')).toBe(carrierPartition('gb-giffgaff', ' a '));
    expect(carrierPartition('gb-giffgaff', 'A')).not.toBe(carrierPartition('gb-giffgaff', 'B'));
    expect(carrierPartition('gb-giffgaff', '')).not.toBe(carrierPartition('gb-ee-payg', ''));
    expect(carrierPartition('../../evil', 'x')).toMatch(/^persist:carrier-[0-9a-f]{32}$/);
  });
});

describe('receipts', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

  it('keeps a PDF receipt beside the database, with its event, until the event is undone', async () => {
    const c = await open();
    const n = await c.call('numbers.create', numberInput({ expiryDate: '2026-12-01' }));
    const { event } = await c.call('events.record', { kind: 'renewal', numberId: n.id, source: 'renewal_window' });
    const attached = await c.call('events.attachReceipt', { eventId: event.id, fileName: '../../receipt<1>.pdf', mediaType: 'application/pdf', dataBase64: pdf.toString('base64') });
    expect(attached).toMatchObject({ eventId: event.id, fileName: 'receipt_1_.pdf', size: pdf.length });
    const files = fs.readdirSync(path.join(c.dir, 'attachments'));
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(c.dir, 'attachments', files[0] as string))).toEqual(pdf);
    expect((await c.call('events.attachments', { numberId: n.id })).items).toHaveLength(1);
    await c.call('events.undoLast', { numberId: n.id });
    expect((await c.call('events.attachments', { numberId: n.id })).items).toHaveLength(0);
  });

  it('refuses a file that is not what it claims, and leaves nothing behind', async () => {
    const c = await open();
    const n = await c.call('numbers.create', numberInput({ expiryDate: '2026-12-01' }));
    const { event } = await c.call('events.record', { kind: 'renewal', numberId: n.id });
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(await c.fail('events.attachReceipt', { eventId: event.id, fileName: 'r.pdf', mediaType: 'application/pdf', dataBase64: html })).toMatchObject({ field: 'mediaType', reason: 'file_type_mismatch' });
    expect(await c.fail('events.attachReceipt', { eventId: event.id, fileName: 'r.exe', mediaType: 'application/x-msdownload', dataBase64: html })).toMatchObject({ field: 'mediaType' });
    expect((await c.fail('events.attachReceipt', { eventId: 999, fileName: 'r.pdf', mediaType: 'application/pdf', dataBase64: pdf.toString('base64') })).code).toBe('not_found');
    expect(fs.existsSync(path.join(c.dir, 'attachments')) ? fs.readdirSync(path.join(c.dir, 'attachments')) : []).toEqual([]);
  });
});

describe('a receipt the renewal window downloaded', () => {
  const pdf = Buffer.from('%PDF-1.7\n% paid 5.000 KWD\n%%EOF\n');
  const offered = { id: '3f0c9a1e-58b2-4d7e-9a41-2c6de0f1b7a3', fileName: 'zain-invoice.pdf', mediaType: 'application/pdf' as const, size: pdf.length };
  const disguised = { ...offered, id: '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e', fileName: 'invoice.pdf' };

  /** The desktop shell as core sees it: the window is "closed" by pressing Record, after two downloads. */
  function shell(): CarrierShell & { opened: RenewalWindowRequest[] } {
    const files = new Map([
      [offered.id, { fileName: offered.fileName, mediaType: offered.mediaType, bytes: pdf }],
      [disguised.id, { fileName: disguised.fileName, mediaType: disguised.mediaType, bytes: Buffer.from('<html>not a pdf</html>') }],
    ]);
    const opened: RenewalWindowRequest[] = [];
    return {
      opened,
      openRenewal: async (request) => {
        opened.push(request);
        return { outcome: 'record', receipts: [offered, disguised] };
      },
      readReceipt: async (id) => files.get(id) ?? null,
      clearSession: async () => {},
    };
  }

  async function renewed() {
    const desktop = shell();
    core = await testCore('2026-11-25T12:00:00Z', undefined, 'inline', desktop);
    await core.call('carriers.save', { fields: { name: 'Zain', country: 'KW', renewalUrl: 'https://zain.example/topup' } });
    const number = await core.call('numbers.create', numberInput({ carrier: 'Zain', expiryDate: '2026-12-01' }));
    return { c: core, number, desktop };
  }

  it('is offered when the window closes, and kept with the renewal as the file on disk is', async () => {
    const { c, number, desktop } = await renewed();
    const opened = await c.call('renewals.open', { numberId: number.id });
    expect(opened).toEqual({ outcome: 'record', url: 'https://zain.example/topup', receipts: [offered, disguised] });
    expect(desktop.opened.map((request) => request.url)).toEqual(['https://zain.example/topup']);
    const { event } = await c.call('events.record', { kind: 'renewal', numberId: number.id, source: 'renewal_window' });
    const attached = await c.call('events.attachDownloadedReceipt', { eventId: event.id, receiptId: offered.id });
    expect(attached).toMatchObject({ eventId: event.id, fileName: 'zain-invoice.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect((await c.call('events.attachments', { numberId: number.id })).items).toEqual([attached]);
    const [stored] = fs.readdirSync(path.join(c.dir, 'attachments'));
    expect(fs.readFileSync(path.join(c.dir, 'attachments', stored!))).toEqual(pdf);
  });

  it('is refused when it is not what its name says, or unknown to the shell, and leaves nothing behind', async () => {
    const { c, number } = await renewed();
    const { event } = await c.call('events.record', { kind: 'renewal', numberId: number.id });
    expect(await c.fail('events.attachDownloadedReceipt', { eventId: event.id, receiptId: disguised.id })).toMatchObject({ field: 'receiptId', reason: 'file_type_mismatch' });
    const unknown = await c.fail('events.attachDownloadedReceipt', { eventId: event.id, receiptId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ code: 'not_found', message: 'That downloaded receipt does not exist (any more).' });
    expect((await c.fail('events.attachDownloadedReceipt', { eventId: 999, receiptId: offered.id })).code).toBe('not_found');
    expect((await c.call('events.attachments', { numberId: number.id })).items).toEqual([]);
    expect(fs.existsSync(path.join(c.dir, 'attachments')) ? fs.readdirSync(path.join(c.dir, 'attachments')) : []).toEqual([]);
  });

  it('cannot be asked for where there is no desktop shell (the browser)', async () => {
    const c = await open();
    const number = await c.call('numbers.create', numberInput({ expiryDate: '2026-12-01' }));
    const { event } = await c.call('events.record', { kind: 'renewal', numberId: number.id });
    expect((await c.fail('events.attachDownloadedReceipt', { eventId: event.id, receiptId: offered.id })).code).toBe('not_found');
  });
});
