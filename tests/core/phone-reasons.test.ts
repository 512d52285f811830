// A refused phone number says why, in the caller's language, wherever a number is read: the form (through
// numbers.check and numbers.create), a spreadsheet's preview rows and a JSON import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
beforeAll(async () => {
  core = await testCore();
});
afterAll(() => core.close());

// phone, country, reason, detail, English sentence, Chinese sentence
const REFUSED: [string, string | null, string, Record<string, string | number> | undefined, string, string][] = [
  [
    '+44 7700 90', null, 'phone_too_short', { number: '+44 7700 90', country: 'GB' },
    'Phone number +44 7700 90 is too short for a United Kingdom number',
    '电话号码“+44 7700 90”太短，不是完整的英国号码',
  ],
  [
    // In Britain's own way of writing it: the trunk 0 is no digit of the number, so 07700 90 is too short.
    '07700 90', 'GB', 'phone_too_short', { number: '07700 90', country: 'GB' },
    'Phone number 07700 90 is too short for a United Kingdom number',
    '电话号码“07700 90”太短，不是完整的英国号码',
  ],
  [
    '+39 12', null, 'phone_too_short', { number: '+39 12', country: 'IT' },
    'Phone number +39 12 is too short for an Italy number',
    '电话号码“+39 12”太短，不是完整的意大利号码',
  ],
  [
    // A country sharing +44 that was chosen is the one named.
    '+44 7781 12', 'GG', 'phone_too_short', { number: '+44 7781 12', country: 'GG' },
    'Phone number +44 7781 12 is too short for a Guernsey number',
    '电话号码“+44 7781 12”太短，不是完整的根西岛号码',
  ],
  [
    '+44 7400 1234567', null, 'phone_too_long', { number: '+44 7400 1234567', country: 'GB' },
    'Phone number +44 7400 1234567 is too long for a United Kingdom number',
    '电话号码“+44 7400 1234567”太长，超出了英国号码的位数',
  ],
  [
    '+44 7400 1234', null, 'phone_wrong_length', { number: '+44 7400 1234', country: 'GB', digits: 8, lengths: '7,9,10' },
    'Phone number +44 7400 1234 has 8 digits, but United Kingdom numbers have 7, 9, or 10 (not counting the country code or a leading 0)',
    '电话号码“+44 7400 1234”有 8 位数字，而英国号码为 7、9或10 位（不计国家代码和开头的 0）',
  ],
  [
    '+1 202 555 01xx', null, 'phone_letters', { letters: 'xx' },
    'Phone number contains letters: "xx"',
    '电话号码含有字母：“xx”',
  ],
  [
    // Read up to its letters this would be the valid +49 30 123456: not the number meant.
    '+49 30 1234 56xx', null, 'phone_letters', { letters: 'xx' },
    'Phone number contains letters: "xx"',
    '电话号码含有字母：“xx”',
  ],
  [
    '+852 5123 4567 #2', null, 'phone_symbols', { symbols: '#' },
    'Phone number contains characters that are not digits: "#"',
    '电话号码含有非数字的字符：“#”',
  ],
  [
    '+999 1234 5678', null, 'unknown_calling_code', { code: '999' },
    "Phone number starts with +999, which is no country's code: check the digits after the +",
    '电话号码以 +999 开头，但没有国家/地区使用这个代码：请检查 + 后面的数字',
  ],
  [
    // The right length for a British mobile, but 7700 900 is a range kept for drama: no real line.
    '+44 7700 900123', null, 'phone_not_valid_there', { number: '+44 7700 900123', country: 'GB' },
    'Phone number +44 7700 900123 has the right length but is not a valid United Kingdom number: check the digits',
    '电话号码“+44 7700 900123”位数正确，但不是有效的英国号码：请检查数字',
  ],
  [
    // Only here, with no + and no country, is the advice how to write the country.
    '7400 123456', null, 'invalid_phone', undefined,
    'Phone number is not valid: start with + and the country code, or pick the country',
    '电话号码无效：请以 + 加国家代码开头，或选择国家/地区',
  ],
];

describe('a refused phone number says why', () => {
  it.each(REFUSED)('%s (%s): %s', async (phone, country, reason, detail, english, chinese) => {
    const input = numberInput({ phone, country });
    const error = await core.fail('numbers.create', input);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'phone', reason, message: english });
    expect(error.issues?.[0]?.detail).toEqual(detail);
    // The form's check before saving, in Chinese.
    expect(await core.fail('numbers.check', input, 'zh-CN')).toMatchObject({ field: 'phone', reason, message: chinese });
  });

  it('reads full-width digits as the number typed, and quotes it in ASCII', async () => {
    const error = await core.fail('numbers.create', numberInput({ phone: '＋４４ ７７００ ９０' }));
    expect(error.message).toBe('Phone number +44 7700 90 is too short for a United Kingdom number');
  });

  it('still takes a number written with the usual punctuation', async () => {
    const view = await core.call('numbers.create', numberInput({ phone: '+44 (7400) 123-456', timeZone: 'Europe/London' }));
    expect(view.e164).toBe('+447400123456');
  });

  it('names the reason on every spreadsheet row in the preview, in both languages', async () => {
    const content = ['Phone,Label', '+44 7700 90,short', '+1 202 555 01xx,letters', '+999 1234 5678,code', '7400 123456,no country'].join('\n');
    const sheet = { fileName: 'numbers.csv', content, encoding: 'text' as const, defaultCountry: null };
    const issues = async (locale: 'en' | 'zh-CN') =>
      (await core.call('import.sheetPreview', sheet, locale)).rows.map((row) => row.issues.map((issue) => `${issue.column}|${issue.reason}|${issue.message}`));
    expect(await issues('en')).toEqual([
      ['Phone|phone_too_short|Phone number +44 7700 90 is too short for a United Kingdom number'],
      ['Phone|phone_letters|Phone number contains letters: "xx"'],
      ["Phone|unknown_calling_code|Phone number starts with +999, which is no country's code: check the digits after the +"],
      ['Phone|invalid_phone|Phone number is not valid: start with + and the country code, or pick the country'],
    ]);
    expect(await issues('zh-CN')).toEqual([
      ['Phone|phone_too_short|电话号码“+44 7700 90”太短，不是完整的英国号码'],
      ['Phone|phone_letters|电话号码含有字母：“xx”'],
      ['Phone|unknown_calling_code|电话号码以 +999 开头，但没有国家/地区使用这个代码：请检查 + 后面的数字'],
      ['Phone|invalid_phone|电话号码无效：请以 + 加国家代码开头，或选择国家/地区'],
    ]);
  });

  it('reads a row without + in the country the sheet or its default gives, and says so', async () => {
    const content = ['Phone,Country', '07700 90,United Kingdom', '0612 3456,'].join('\n');
    const preview = await core.call('import.sheetPreview', { fileName: 'numbers.csv', content, encoding: 'text', defaultCountry: 'FR' });
    expect(preview.rows.map((row) => row.issues.map((issue) => issue.message))).toEqual([
      ['Phone number 07700 90 is too short for a United Kingdom number'],
      ['Phone number 0612 3456 is too short for a France number'],
    ]);
  });

  it('names the reason and the entry in a JSON import', async () => {
    const fresh = await testCore();
    try {
      await fresh.call('numbers.create', numberInput());
      const data = JSON.parse((await fresh.call('export.json', {})).content);
      data.numbers[0].number.phone = '+965 6000 12xx';
      const error = await core.fail('import.json', { content: JSON.stringify(data) }, 'zh-CN');
      expect(error).toMatchObject({ field: 'content.numbers.0.number.phone', reason: 'phone_letters' });
      expect(error.issues?.[0]?.message).toMatch(/ · 电话号码含有字母：“xx”$/);
    } finally {
      fresh.close();
    }
  });
});

describe('the letters a refused number quotes', () => {
  it.each([
    ['N/A', 'N/A'],
    ['+44 77OO 9001x3', 'OO x'],
    ['tel:+12025550100', 'tel'],
    ['+852 5123 4567 ext. 9', 'ext'],
    ['+852 call me on Sundays before noon', 'call me on Sundays befo…'],
  ])('%s -> %s', async (phone, letters) => {
    const error = await core.fail('numbers.check', numberInput({ phone }));
    expect(error).toMatchObject({ reason: 'phone_letters', message: `Phone number contains letters: "${letters}"` });
  });
});
