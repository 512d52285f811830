import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputRaw } from '#shared/contract.ts';
import { invalidRowsFileName } from '#core/import/invalid-rows-csv.ts';
import { testCore, type TestCore } from './support/test-core.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

let core: TestCore;
afterEach(() => core?.close());

const chinese = (extra: Partial<InputRaw<'import.sheetCommit'>> = {}): InputRaw<'import.sheetCommit'> => ({
  fileName: '号码表.csv',
  content: fixture('sheet-chinese.csv'),
  encoding: 'text',
  defaultCountry: 'CN',
  ...extra,
});

async function numberByPhone(phone: string) {
  const { items } = await core.call('numbers.list', { search: phone });
  expect(items).toHaveLength(1);
  return core.call('numbers.get', { id: items[0]!.id });
}

describe('headers as people write them', () => {
  it('reads each common Chinese way of naming the expiry date as the expiry date', async () => {
    core = await testCore();
    for (const header of ['到期日期', '过期日期', '失效日期', '截止时间', '有效期到']) {
      const content = `号码,名称,${header}\r\n+44 7400 300001,导入一,2027-01-15\r\n`;
      const preview = await core.call('import.sheetPreview', { fileName: 'numbers.csv', content, encoding: 'text', defaultCountry: null });
      expect(preview.columns.map((column) => column.field), header).toEqual(['phone', 'label', 'expiryDate']);
    }
  });
});

describe('a messy spreadsheet (Chinese headers, BOM, semicolons, apostrophes, duplicates, invalid rows)', () => {
  it('maps the headers and names each row, field and reason', async () => {
    core = await testCore();
    await core.call('numbers.create', { phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', label: 'HK' });
    const preview = await core.call('import.sheetPreview', chinese());
    expect(preview.columns.map((column) => [column.header, column.field])).toEqual([
      ['号码', 'phone'], ['运营商', 'carrier'], ['到期日', 'expiryDate'], ['套餐', 'planName'], ['费用', 'planCost'],
      ['币种', 'currency'], ['持有人', 'owner'], ['标签', 'tags'], ['备注', 'notes'], ['国家', 'country'],
    ]);
    // 25/12/2026 proves day-first, so 03/04/2027 is 3 April.
    expect(preview.dates).toEqual({ order: 'dmy', needed: false });
    const rows = preview.rows.map((row) => [row.line, row.action, row.phone, row.issues.map((issue) => `${issue.column}|${issue.field}|${issue.reason}|${issue.message}`)]);
    expect(rows).toEqual([
      [2, 'create', '+96560001234', []],
      [3, 'create', '+8613800138000', []],
      [4, 'create', '+447400123456', []],
      [5, 'invalid', '+96560001234', ['号码|phone|duplicate_in_file|Phone number is already in row 2 of this file']],
      [6, 'invalid', '不是号码', ['号码|phone|phone_letters|Phone number contains letters: "不是号码"']],
      [7, 'invalid', '+96560005678', ['到期日|expiryDate|not_a_date|Expiry date is not a real calendar date']],
      [8, 'invalid', '+96560009999', ['费用|planCost|bad_format|Plan cost has the wrong format']],
      [9, 'invalid', '+33612345678', ['费用|planCost|needs_currency|Plan cost needs a currency: add a currency column, write it in the cell (such as KWD 5.500), or choose a default currency']],
      // Row 10 is empty; row 11 is already in Keepline and "skip" is the default.
      [11, 'skip', '+85251234567', []],
    ]);
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, skip: 1, invalid: 5 });
    const zh = await core.call('import.sheetPreview', chinese(), 'zh-CN');
    expect(zh.rows[5]!.issues[0]!.message).toBe('到期日不是有效的日期');
    // A preview changes nothing.
    expect((await core.call('numbers.list', {})).items).toHaveLength(1);
  });

  it('refuses invalid rows until told to skip them, then imports the rest in one go after a backup', async () => {
    core = await testCore();
    await core.call('numbers.create', { phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', label: 'HK' });
    const refused = await core.fail('import.sheetCommit', chinese());
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'skipInvalid', reason: 'invalid_rows' });
    expect((await core.call('numbers.list', {})).items).toHaveLength(1);
    expect((await core.call('backups.list', {})).items).toHaveLength(0);

    const result = await core.call('import.sheetCommit', chinese({ skipInvalid: true }));
    expect(result).toMatchObject({ created: 3, updated: 0, skipped: 1, invalid: 5 });
    expect((await core.call('backups.list', {})).items.map((backup) => [backup.name, backup.reason])).toEqual([[result.backup, 'before-import']]);

    const kuwait = await numberByPhone('+96560001234');
    expect(kuwait).toMatchObject({
      country: 'KW', timeZone: 'Asia/Kuwait', carrier: 'Zain', owner: '张伟', planName: 'Zain 预付',
      planCost: { amountMinor: 5500, currency: 'KWD' }, expiryDate: '2026-12-25', tags: ['工作', '出差'], notes: '含;分号',
    });
    expect(await numberByPhone('+8613800138000')).toMatchObject({ country: 'CN', timeZone: 'Asia/Shanghai', expiryDate: '2026-03-04', planCost: { amountMinor: 3000, currency: 'CNY' } });
    expect(await numberByPhone('+447400123456')).toMatchObject({ timeZone: 'Europe/London', expiryDate: '2027-04-03', planCost: { amountMinor: 1000, currency: 'GBP' } });
    // Reminders are planned for what came in.
    const reminders = await core.call('reminders.list', { numberId: kuwait.id });
    expect(reminders.items.length).toBeGreaterThan(0);
  });

  it('gives the invalid rows as a CSV of their own cells, line and problems, which imports once fixed', async () => {
    core = await testCore();
    await core.call('numbers.create', { phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', label: 'HK' });
    const file = await core.call('import.sheetInvalidCsv', chinese());
    expect([file.fileName, file.mimeType]).toEqual(['号码表-invalid-rows.csv', 'text/csv;charset=utf-8']);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(file.content.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['号码', '运营商', '到期日', '套餐', '费用', '币种', '持有人', '标签', '备注', '国家', 'Line in the file', 'Problems']);
    // The cells as the file had them (a leading + kept as text with an apostrophe, as every export writes it).
    expect(rows).toEqual([
      ["'+96560001234", 'Zain', '01/01/2027', '', '', '', '', '', '重复', '', '5', '号码: Phone number is already in row 2 of this file'],
      ['不是号码', '', '', '', '', '', '', '', '', '', '6', '号码: Phone number contains letters: "不是号码"'],
      ["'+965 6000 5678", 'Zain', '31/02/2026', '', '', '', '', '', '', '', '7', '到期日: Expiry date is not a real calendar date'],
      ["'+965 6000 9999", 'Zain', '', '', 'abc', '', '', '', '', '', '8', '费用: Plan cost has the wrong format'],
      [
        "'+33 6 12 34 56 78", 'Orange', '', '', '12,50', '', '', '', '', '', '9',
        '费用: Plan cost needs a currency: add a currency column, write it in the cell (such as KWD 5.500), or choose a default currency',
      ],
    ]);
    const zh = await core.call('import.sheetInvalidCsv', chinese(), 'zh-CN');
    expect(zh.content.split('\r\n')[0]).toBe('\uFEFF号码,运营商,到期日,套餐,费用,币种,持有人,标签,备注,国家,文件中的行号,问题');
    expect(zh.content.split('\r\n')[3]).toMatch(/,7,到期日：到期日不是有效的日期$/);
    // It changes nothing.
    expect((await core.call('numbers.list', {})).items).toHaveLength(1);

    // The valid rows imported, the file fixed in a spreadsheet and imported: every row is in, none twice.
    await core.call('import.sheetCommit', chinese({ skipInvalid: true }));
    const fixedRows = rows.map((row) => [...row]);
    fixedRows[1]![0] = '+965 6000 4321';
    fixedRows[2]![2] = '28/02/2026';
    fixedRows[3]!.splice(4, 2, '5.000', 'KWD');
    fixedRows[4]!.splice(4, 2, '12,50', 'EUR');
    const fixed = { fileName: 'fixed.csv', content: Papa.unparse([header!, ...fixedRows]), encoding: 'text' as const, defaultCountry: 'CN' };
    const again = await core.call('import.sheetPreview', fixed);
    expect(again.columns.slice(-2).map((column) => column.field)).toEqual([null, null]);
    expect(again.counts).toEqual({ create: 4, update: 0, unchanged: 0, skip: 1, invalid: 0 });
    await core.call('import.sheetCommit', fixed);
    expect((await core.call('numbers.list', {})).items).toHaveLength(8);
    expect(await numberByPhone('+33612345678')).toMatchObject({ planCost: { amountMinor: 1250, currency: 'EUR' } });
    expect(invalidRowsFileName('C:\\tmp\\a:b.xlsx')).toBe('C__tmp_a_b-invalid-rows.csv');
    // A cell a spreadsheet would run as a formula stays text in the file.
    const formula = await core.call('import.sheetInvalidCsv', { fileName: 'f.csv', content: 'Phone,Label\n12345,=HYPERLINK("http://x")\n', encoding: 'text' });
    expect(formula.content.split('\r\n')[1]).toBe('12345,"\'=HYPERLINK(""http://x"")",2,"Phone: Phone number is not valid: start with + and the country code, or pick the country"');
  });

  it('updates an existing number from its row when asked, never duplicating it', async () => {
    core = await testCore();
    await core.call('numbers.create', { phone: '+852 5123 4567', timeZone: 'Asia/Hong_Kong', label: 'HK', owner: 'Ann' });
    const preview = await core.call('import.sheetPreview', chinese({ existing: 'update' }));
    expect(preview.rows.at(-1)).toMatchObject({ line: 11, action: 'update', issues: [] });
    await core.call('import.sheetCommit', chinese({ existing: 'update', skipInvalid: true }));
    const hk = await numberByPhone('+85251234567');
    // What the row fills changes; what it leaves empty stays.
    expect(hk).toMatchObject({ label: 'HK', owner: 'Ann', carrier: 'CSL', expiryDate: '2026-12-31', notes: '已有', timeZone: 'Asia/Hong_Kong' });
  });

  it('updates from a file imported before only the numbers whose rows change something; the rest stay as they were', async () => {
    core = await testCore();
    const header = 'Phone,Label,Expiry,Cost,Currency,Billing period,Tags,Payment method,Card expiry,Auto-renew,Kind,Owner,Notes,Archived';
    const row = (index: number, label = `line ${index}`) =>
      `+965${60_000_000 + index},${label},31/12/2026,5.500,KWD,monthly,"work, kw",Visa 4242,2028-04,yes,esim,Ann,note ${index},${index === 3 ? 'yes' : 'no'}`;
    const file = (rows: string[]) => ({ fileName: 'numbers.csv', content: [header, ...rows].join('\n'), encoding: 'text' as const, existing: 'update' as const });
    const rows = Array.from({ length: 37 }, (_, index) => row(index));
    expect(await core.call('import.sheetCommit', file(rows))).toMatchObject({ created: 37, updated: 0, unchanged: 0 });
    const revisions = () => new Map((core.db.prepare('SELECT e164, revision FROM numbers').all() as { e164: string; revision: number }[]).map((stored) => [stored.e164, stored.revision]));
    const before = revisions();

    const changed = rows.map((text, index) => (index === 5 ? row(5, 'renamed') : text));
    const preview = await core.call('import.sheetPreview', file(changed));
    expect(preview.counts).toEqual({ create: 0, update: 1, unchanged: 36, skip: 0, invalid: 0 });
    expect(preview.rows.filter((planned) => planned.action === 'update').map((planned) => planned.phone)).toEqual(['+96560000005']);
    expect(await core.call('import.sheetCommit', file(changed))).toMatchObject({ created: 0, updated: 1, unchanged: 36, skipped: 0 });
    const after = revisions();
    for (const [e164, revision] of before) expect(after.get(e164), e164).toBe(e164 === '+96560000005' ? revision + 1 : revision);
    expect(await numberByPhone('+96560000005')).toMatchObject({ label: 'renamed' });
  });

  it('asks for the date order when every date could be read both ways', async () => {
    core = await testCore();
    const input = { fileName: 'dates.csv', content: 'Phone,Expires\n+96560001234,03/04/2026\n+96560001235,05/06/2026\n+96560001236,2026-07-01\n', encoding: 'text' as const };
    const preview = await core.call('import.sheetPreview', input);
    expect(preview.dates).toEqual({ order: null, needed: true });
    expect(preview.rows.map((row) => row.issues.map((issue) => issue.reason))).toEqual([['date_order_needed'], ['date_order_needed'], []]);
    expect(await core.fail('import.sheetCommit', { ...input, skipInvalid: true })).toMatchObject({ field: 'dateOrder', reason: 'date_order_needed' });
    expect((await core.call('numbers.list', {})).items).toHaveLength(0);

    await core.call('import.sheetCommit', { ...input, dateOrder: 'mdy' });
    expect((await numberByPhone('+96560001234')).expiryDate).toBe('2026-03-04');
    expect((await numberByPhone('+96560001235')).expiryDate).toBe('2026-05-06');
  });

  it('lets the user change the mapping, and refuses a field mapped twice', async () => {
    core = await testCore();
    const input = { fileName: 'm.csv', content: 'Mobile,Who,Misc\n+96560001234,Ann,Office line\n', encoding: 'text' as const };
    const auto = await core.call('import.sheetPreview', input);
    expect(auto.columns.map((column) => column.field)).toEqual(['phone', 'owner', null]);
    const mapped = await core.call('import.sheetPreview', { ...input, mapping: ['phone', null, 'label'] });
    expect(mapped.rows[0]).toMatchObject({ action: 'create', label: 'Office line' });
    expect(await core.fail('import.sheetPreview', { ...input, mapping: ['phone', 'label', 'label'] })).toMatchObject({ field: 'mapping', reason: 'duplicate_value' });
    const noPhone = await core.call('import.sheetPreview', { ...input, mapping: [null, 'owner', 'label'] });
    expect(noPhone.rows[0]!.issues.map((issue) => [issue.field, issue.reason])).toEqual([['phone', 'required']]);
  });
});

describe('a CSV not in UTF-8', () => {
  const bytesOf = (fileName: string, bytes: Buffer, extra: Partial<InputRaw<'import.sheetCommit'>> = {}): InputRaw<'import.sheetCommit'> => ({
    fileName,
    content: bytes.toString('base64'),
    encoding: 'base64',
    ...extra,
  });

  it('reads GB18030 (Excel on Chinese Windows) and says so; the invalid rows and the import read it the same way', async () => {
    core = await testCore();
    // 号码,运营商,到期日,费用,持有人 then two rows, the second with a cost in words (三十), saved as GBK.
    const gbk = bytesOf('号码表.csv', fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'sheet-gbk.csv')), { defaultCurrency: 'CNY' });
    const preview = await core.call('import.sheetPreview', gbk);
    expect(preview.charset).toBe('gb18030');
    expect(preview.columns.map((column) => [column.header, column.field])).toEqual([
      ['号码', 'phone'], ['运营商', 'carrier'], ['到期日', 'expiryDate'], ['费用', 'planCost'], ['持有人', 'owner'],
    ]);
    expect(preview.rows.map((row) => [row.action, row.issues.map((issue) => `${issue.column}|${issue.reason}`)])).toEqual([
      ['create', []],
      ['invalid', ['费用|bad_format']],
    ]);
    const invalid = await core.call('import.sheetInvalidCsv', gbk);
    expect(invalid.content.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFF号码,运营商,到期日,费用,持有人,Line in the file,Problems',
      `"'+8613900139000",中国联通,2027-01-15,三十,李娜,3,费用: Plan cost has the wrong format`,
    ]);
    await core.call('import.sheetCommit', { ...gbk, skipInvalid: true });
    expect(await numberByPhone('+8613800138000')).toMatchObject({ carrier: '中国移动', owner: '张伟', expiryDate: '2026-12-25', planCost: { amountMinor: 3000, currency: 'CNY' } });
  });

  it('reads Windows-1252, UTF-16 with a BOM and UTF-8 with or without a BOM', async () => {
    core = await testCore();
    const western = await core.call('import.sheetPreview', bytesOf('fr.csv', Buffer.from('Phone,Owner,Notes\n+33612345678,José Müller,Café\n', 'latin1')));
    expect(western.charset).toBe('windows-1252');
    expect(western.columns.map((column) => column.samples[0])).toEqual(['+33612345678', 'José Müller', 'Café']);
    // Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated.
    const unicode = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('号码\t持有人\n+8613800138000\t张伟\n', 'utf16le')]);
    const utf16 = await core.call('import.sheetPreview', bytesOf('unicode.txt', unicode));
    expect([utf16.charset, utf16.columns.map((column) => [column.field, column.samples[0]])]).toEqual(['utf-16le', [['phone', '+8613800138000'], ['owner', '张伟']]]);
    for (const bom of ['', '\uFEFF']) {
      const utf8 = await core.call('import.sheetPreview', bytesOf('utf8.csv', Buffer.from(`${bom}号码,持有人\n+8613800138000,张伟\n`, 'utf8')));
      expect([utf8.charset, utf8.columns.map((column) => [column.header, column.samples[0]])]).toEqual(['utf-8', [['号码', '+8613800138000'], ['持有人', '张伟']]]);
    }
    // Text, as the benchmark sends it, is read as it is.
    expect((await core.call('import.sheetPreview', { fileName: 't.csv', content: 'Phone\n+8613800138000\n', encoding: 'text' })).charset).toBeNull();
  });
});

describe('costs as people write them', () => {
  it('reads RM, Rp and R$ under their currency, a bare $ by the number\'s country, and refuses a symbol the currency column contradicts', async () => {
    core = await testCore();
    const content = [
      'Phone,Cost,Currency',
      '+60 12 345 6789,RM 30,MYR',
      '+62 812 3456 789,Rp 50.000,IDR',
      '+55 11 98765 4321,"R$ 25,90",BRL',
      '+1 212 736 5000,$15,',
      '+1 416 979 5000,$15,',
      '+44 7400 123456,$15,',
      '+60 12 345 6788,€5,MYR',
      '+60 12 345 6787,RM 5,',
    ].join('\n');
    const input = { fileName: 'costs.csv', content, encoding: 'text' as const };
    const preview = await core.call('import.sheetPreview', input);
    expect(preview.rows.map((row) => [row.line, row.issues.map((issue) => `${issue.column}|${issue.reason}|${issue.message}`)])).toEqual([
      [2, []], [3, []], [4, []], [5, []], [6, []],
      // A British number's $ could be any dollar.
      [7, ['Cost|needs_currency|Plan cost needs a currency: add a currency column, write it in the cell (such as KWD 5.500), or choose a default currency']],
      [8, [expect.stringMatching(/^Currency\|currency_conflict\|.* is EUR in the cost but MYR in the currency column: keep one of them$/)]],
      [9, []],
    ]);
    await core.call('import.sheetCommit', { ...input, skipInvalid: true });
    const costs = await Promise.all(['+60123456789', '+628123456789', '+5511987654321', '+12127365000', '+14169795000', '+60123456787'].map(async (phone) => (await numberByPhone(phone)).planCost));
    expect(costs).toEqual([
      { amountMinor: 3000, currency: 'MYR' },
      // Fifty thousand rupiah: the dot groups thousands (the rupiah has no decimals).
      { amountMinor: 50_000, currency: 'IDR' },
      { amountMinor: 2590, currency: 'BRL' },
      { amountMinor: 1500, currency: 'USD' },
      { amountMinor: 1500, currency: 'CAD' },
      { amountMinor: 500, currency: 'MYR' },
    ]);
  });
});

describe('problems in words', () => {
  it('names countries in the user\'s language and the currency column as the cost\'s currency, not as field codes', async () => {
    core = await testCore();
    // +44 7781 is a Guernsey mobile.
    const input = { fileName: 'p.csv', content: 'Phone,Country,Cost,Currency\n+44 7781 123456,GB,5,GBP\n+44 7400 123456,GB,5,XYZ\n', encoding: 'text' as const };
    const messages = async (locale: 'en' | 'zh-CN') =>
      (await core.call('import.sheetPreview', input, locale)).rows.map((row) => row.issues.map((issue) => `${issue.column}: ${issue.message}`));
    expect(await messages('en')).toEqual([
      ['Phone: Phone number belongs to Guernsey, not United Kingdom'],
      ['Currency: Currency of the plan cost is not recognized: write its 3-letter ISO code, such as SGD'],
    ]);
    expect(await messages('zh-CN')).toEqual([['Phone: 电话号码属于根西岛，而不是英国'], ['Currency: 套餐费用的币种无法识别：请写 3 个字母的代码，如 SGD']]);
  });

  it('quotes a country it cannot read, and asks for a name or a two-letter code', async () => {
    core = await testCore();
    const input = { fileName: 'p.csv', content: '号码,国家/地区\n+852 5123 4567,火星\n', encoding: 'text' as const };
    const issue = async (locale: 'en' | 'zh-CN') => (await core.call('import.sheetPreview', input, locale)).rows[0]!.issues[0];
    expect(await issue('zh-CN')).toMatchObject({ column: '国家/地区', reason: 'unknown_country', message: '国家/地区“火星”无法识别：请写国家/地区名称或两个字母的代码，如 HK' });
    expect((await issue('en'))?.message).toBe('Country "火星" is not recognized: write a country name or its two-letter code, such as HK');
  });
});

describe('countries as people name them', () => {
  it('reads short and other common names in Chinese (simplified and traditional) and English, and full-width codes', async () => {
    core = await testCore();
    const names: [string, string, string][] = [
      ['香港', '+852 5123 0001', 'HK'], ['澳门', '+853 6612 0002', 'MO'], ['中国香港', '+852 5123 0003', 'HK'], ['中国澳门', '+853 6612 0004', 'MO'],
      ['台湾', '+886 912 000 005', 'TW'], ['中国台湾', '+886 912 000 006', 'TW'], ['臺灣', '+886 912 000 007', 'TW'], ['澳門', '+853 6612 0008', 'MO'],
      ['Hong Kong', '+852 5123 0009', 'HK'], ['Macau', '+853 6612 0010', 'MO'], ['Macao', '+853 6612 0011', 'MO'], ['Taiwan', '+886 912 000 012', 'TW'],
      ['UK', '+44 7400 100013', 'GB'], ['U.S.A.', '+1 212 736 0014', 'US'], ['USA', '+1 212 736 0015', 'US'], ['South Korea', '+82 10 1234 0016', 'KR'],
      ['韩国', '+82 10 1234 0017', 'KR'], ['韓國', '+82 10 1234 0018', 'KR'], ['英国', '+44 7400 100019', 'GB'], ['美国', '+1 212 736 0020', 'US'],
      ['中国香港特别行政区', '+852 5123 0021', 'HK'], ['ｈｋ', '+852 5123 0022', 'HK'], ['澳洲', '+61 412 000 023', 'AU'], ['中国大陆', '+86 138 0013 0024', 'CN'],
    ];
    const content = ['号码,国家/地区', ...names.map(([name, phone]) => `${phone},${name}`)].join('\n');
    const preview = await core.call('import.sheetPreview', { fileName: 'p.csv', content, encoding: 'text' }, 'zh-CN');
    expect(preview.rows.map((row) => row.issues.map((issue) => issue.message))).toEqual(names.map(() => []));
    await core.call('import.sheetCommit', { fileName: 'p.csv', content, encoding: 'text' });
    const { items } = await core.call('numbers.list', { limit: 100 });
    const countryOf = new Map(items.map((item) => [item.e164, item.country]));
    expect(names.map(([name, phone]) => [name, countryOf.get(`+${phone.replace(/\D/g, '')}`)])).toEqual(names.map(([name, , code]) => [name, code]));
  });
});

describe('amounts and numbers as a Chinese keyboard types them', () => {
  it('reads thousands separators as the form does, refuses "1,500" dinars as either of two, and reads full width', async () => {
    core = await testCore();
    const content = [
      '号码,费用,币种',
      '+852 5123 4567,"1,500",HKD',
      '+886 912 345 678,"NT$1,000",',
      '+852 5123 4568,ＨＫ＄１，５００．５０,',
      '＋８５２　５１２３ ７７７７,１８,ＨＫＤ',
      '+965 6000 1234,"1,500",KWD',
      '+49 1512 3456789,1.500,EUR',
    ].join('\n');
    const input = { fileName: 'costs.csv', content, encoding: 'text' as const, defaultCountry: 'CN' };
    const preview = await core.call('import.sheetPreview', input, 'zh-CN');
    expect(preview.rows.map((row) => [row.line, row.phone, row.issues.map((issue) => `${issue.column}: ${issue.message}`)])).toEqual([
      [2, '+85251234567', []],
      [3, '+886912345678', []],
      [4, '+85251234568', []],
      [5, '+85251237777', []],
      [6, '+96560001234', ['费用: 套餐费用可理解为 1500 或 1.500 KWD：请写成 1500（不加千位分隔符）或 1.500']],
      [7, '+4915123456789', ['费用: 套餐费用可理解为 1500 或 1.50 EUR：请写成 1500（不加千位分隔符）或 1.50']],
    ]);
    const en = await core.call('import.sheetPreview', input);
    expect(en.rows[4]!.issues[0]!.message).toBe('Plan cost could mean 1500 or 1.500 KWD: write 1500 without a thousands separator, or 1.500');
    await core.call('import.sheetCommit', { ...input, skipInvalid: true });
    const costs = await Promise.all(['+85251234567', '+886912345678', '+85251234568', '+85251237777'].map(async (phone) => (await numberByPhone(phone)).planCost));
    expect(costs).toEqual([
      { amountMinor: 150_000, currency: 'HKD' },
      { amountMinor: 100_000, currency: 'TWD' },
      { amountMinor: 150_050, currency: 'HKD' },
      { amountMinor: 1_800, currency: 'HKD' },
    ]);
  });
});

describe('a long sheet', () => {
  it('finds stored numbers and repeats anywhere in it, however far apart the rows are', async () => {
    core = await testCore();
    const kuwait = (index: number) => `+965${60_000_000 + index}`;
    await core.call('numbers.create', { phone: kuwait(7), timeZone: 'Asia/Kuwait', label: 'stored early' });
    await core.call('numbers.create', { phone: kuwait(1_180), timeZone: 'Asia/Kuwait', label: 'stored late' });
    const rows = Array.from({ length: 1_200 }, (_, index) => `${kuwait(index)},line ${index}`);
    rows.push(`${kuwait(3)},again`);
    const input = { fileName: 'long.csv', content: ['Phone,Label', ...rows].join('\n'), encoding: 'text' as const, existing: 'update' as const };
    const preview = await core.call('import.sheetPreview', input);
    expect(preview.counts).toEqual({ create: 1_198, update: 2, unchanged: 0, skip: 0, invalid: 1 });
    expect(preview.rows.filter((row) => row.action !== 'create').map((row) => [row.line, row.action, row.issues.map((issue) => issue.reason)])).toEqual([
      [9, 'update', []],
      [1_182, 'update', []],
      [1_202, 'invalid', ['duplicate_in_file']],
    ]);
    await core.call('import.sheetCommit', { ...input, skipInvalid: true });
    expect(await numberByPhone(kuwait(1_180))).toMatchObject({ label: 'line 1180' });
    expect((await core.call('numbers.list', { limit: 1 })).total).toBe(1_200);
  });
});

describe('an XLSX workbook', () => {
  it('reads Excel serial dates, date cells, m/d/y text and numeric costs, in any column order', async () => {
    core = await testCore();
    const header = ['Expiry', 'Carrier', 'Mobile', 'Cost', 'Currency', 'Owner'].map((value) => ({ value }));
    const data = [
      header,
      // 45658 is 2025-01-01; 46022 is 2025-12-31.
      [{ value: 46022 }, { value: 'Zain' }, { value: '+96560001111' }, { value: 5.5 }, { value: 'KWD' }, { value: 'Ann' }],
      [{ value: new Date(Date.UTC(2027, 0, 15)), type: Date, format: 'yyyy-mm-dd' }, { value: 'Ooredoo' }, { value: '+96560002222' }, { value: '7' }, { value: 'KWD' }, { value: 'Bob' }],
      [{ value: '12/25/2026' }, { value: 'EE' }, { value: '+447400123456' }, { value: '1,234.50' }, { value: 'GBP' }, { value: 'Cy' }],
      [{ value: 'soon' }, { value: 'EE' }, { value: '+447400123457' }, { value: '' }, { value: '' }, { value: '' }],
    ];
    const bytes = await writeXlsxFile(data).toBuffer();
    const input = { fileName: 'numbers.xlsx', content: bytes.toString('base64'), encoding: 'base64' as const };
    const preview = await core.call('import.sheetPreview', input);
    expect(preview.format).toBe('xlsx');
    expect(preview.dates).toEqual({ order: 'mdy', needed: false });
    expect(preview.rows.map((row) => [row.line, row.action, row.issues.map((issue) => `${issue.column}|${issue.reason}`)])).toEqual([
      [2, 'create', []],
      [3, 'create', []],
      [4, 'create', []],
      [5, 'invalid', ['Expiry|not_a_date']],
    ]);
    await core.call('import.sheetCommit', { ...input, skipInvalid: true });
    expect(await numberByPhone('+96560001111')).toMatchObject({ expiryDate: '2025-12-31', planCost: { amountMinor: 5500, currency: 'KWD' }, owner: 'Ann' });
    expect(await numberByPhone('+96560002222')).toMatchObject({ expiryDate: '2027-01-15', planCost: { amountMinor: 7000, currency: 'KWD' } });
    expect(await numberByPhone('+447400123456')).toMatchObject({ expiryDate: '2026-12-25', planCost: { amountMinor: 123450, currency: 'GBP' } });
  });

  it('refuses a file that is neither CSV nor XLSX', async () => {
    core = await testCore();
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(await core.fail('import.sheetPreview', { fileName: 'x.xlsx', content: broken.toString('base64'), encoding: 'base64' })).toMatchObject({
      field: 'content',
      reason: 'unreadable_file',
    });
  });
});
