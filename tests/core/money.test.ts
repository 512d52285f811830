import { describe, expect, it } from 'vitest';
import { readCost } from '#core/import/sheet-values.ts';
import { formatMoney, minorToText, parseMoney } from '#shared/money.ts';

describe('parseMoney', () => {
  it('reads whole amounts and either decimal separator', () => {
    expect(parseMoney('12', 'USD')).toEqual({ ok: true, amountMinor: 1200 });
    expect(parseMoney('12.5', 'USD')).toEqual({ ok: true, amountMinor: 1250 });
    expect(parseMoney('12,50', 'EUR')).toEqual({ ok: true, amountMinor: 1250 });
    expect(parseMoney(' 0.07 ', 'USD')).toEqual({ ok: true, amountMinor: 7 });
    expect(parseMoney('12.', 'USD')).toEqual({ ok: true, amountMinor: 1200 });
  });

  it('follows each currency’s minor digits', () => {
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, amountMinor: 1500 });
    expect(parseMoney('1.5', 'KWD')).toEqual({ ok: true, amountMinor: 1500 });
    expect(parseMoney('1.234', 'KWD')).toEqual({ ok: true, amountMinor: 1234 });
  });

  it('refuses more decimals than the currency has, but not trailing zeros', () => {
    expect(parseMoney('12.5', 'JPY')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('1.0055', 'USD')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('0.005', 'USD')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('1234,567', 'EUR')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('500.00', 'JPY')).toEqual({ ok: true, amountMinor: 500 });
  });

  it('is exact where floats are not', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, amountMinor: 29 });
    expect(parseMoney('19.99', 'USD')).toEqual({ ok: true, amountMinor: 1999 });
    expect(parseMoney('9999999999.99', 'USD')).toEqual({ ok: true, amountMinor: 999_999_999_999 });
  });

  it('refuses text that is not one plain amount', () => {
    for (const text of ['', ' ', 'abc', '-5', '+5', '1.2.3', '.5', '1e3', '12 50', '$12', 'Infinity', '1,2,3', '1,234,5', '1.234,5,6', '1,234.5.6', '0,123,456', '1,,234', '1,234,']) {
      expect(parseMoney(text, 'USD'), text).toEqual({ ok: false, reason: 'bad_format' });
    }
    expect(parseMoney('99999999999999999999', 'USD')).toEqual({ ok: false, reason: 'bad_format' });
  });
});

describe('parseMoney with thousands separators, as the spreadsheet import reads them', () => {
  it('reads a single comma before three digits as thousands, not as a decimal point', () => {
    // "1,000" TWD and "1,500" HKD were saved as NT$1.00 and HK$1.50.
    expect(parseMoney('1,000', 'TWD')).toEqual({ ok: true, amountMinor: 100_000 });
    expect(parseMoney('1,500', 'HKD')).toEqual({ ok: true, amountMinor: 150_000 });
    expect(parseMoney('1,000', 'JPY')).toEqual({ ok: true, amountMinor: 1_000 });
    expect(parseMoney('1.000', 'JPY')).toEqual({ ok: true, amountMinor: 1_000 });
    expect(parseMoney('50.000', 'IDR')).toEqual({ ok: true, amountMinor: 50_000 }); // the rupiah has no decimals here
    expect(parseMoney('1,234,567', 'USD')).toEqual({ ok: true, amountMinor: 123_456_700 });
    expect(parseMoney('12,34,567', 'INR')).toEqual({ ok: true, amountMinor: 123_456_700 });
  });

  it('takes the last of two kinds of separator as the decimal point, and spaces and apostrophes as groups', () => {
    expect(parseMoney('1,500.50', 'HKD')).toEqual({ ok: true, amountMinor: 150_050 });
    expect(parseMoney('1.500,50', 'EUR')).toEqual({ ok: true, amountMinor: 150_050 });
    expect(parseMoney('1 234,50', 'EUR')).toEqual({ ok: true, amountMinor: 123_450 });
    expect(parseMoney('1 234', 'EUR')).toEqual({ ok: true, amountMinor: 123_400 });
    expect(parseMoney("1'234.50", 'CHF')).toEqual({ ok: true, amountMinor: 123_450 });
    expect(parseMoney('1.234.567,8', 'EUR')).toEqual({ ok: true, amountMinor: 123_456_780 });
  });

  it('reads anything but three digits after one separator as decimals, by the currency', () => {
    expect(parseMoney('12,5', 'EUR')).toEqual({ ok: true, amountMinor: 1250 });
    expect(parseMoney('0,500', 'USD')).toEqual({ ok: true, amountMinor: 50 });
    expect(parseMoney('12,5', 'JPY')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('1,5000', 'KWD')).toEqual({ ok: true, amountMinor: 1500 });
  });

  it('refuses a dot before three digits that could be thousands or cents, and reads one that cannot be cents as written', () => {
    expect(parseMoney('1.500', 'EUR')).toEqual({ ok: false, reason: 'ambiguous_amount', detail: { grouped: '1500', decimal: '1.50' } });
    expect(parseMoney('1.050', 'CNY')).toEqual({ ok: false, reason: 'ambiguous_amount', detail: { grouped: '1050', decimal: '1.05' } });
    expect(parseMoney('12.345', 'USD')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('1.500,00', 'EUR')).toEqual({ ok: true, amountMinor: 150_000 });
    expect(parseMoney('1.5', 'EUR')).toEqual({ ok: true, amountMinor: 150 });
  });

  it('in a currency of three decimals, reads "5.500" as its own price and refuses "1,500" as either of two', () => {
    expect(parseMoney('5.500', 'KWD')).toEqual({ ok: true, amountMinor: 5500 });
    expect(parseMoney('0,500', 'KWD')).toEqual({ ok: true, amountMinor: 500 });
    expect(parseMoney('1,500.250', 'KWD')).toEqual({ ok: true, amountMinor: 1_500_250 });
    expect(parseMoney('1.500,250', 'BHD')).toEqual({ ok: true, amountMinor: 1_500_250 });
    expect(parseMoney('1,500', 'KWD')).toEqual({ ok: false, reason: 'ambiguous_amount', detail: { grouped: '1500', decimal: '1.500' } });
  });

  it('reads what a Chinese keyboard types in full width', () => {
    expect(parseMoney('１８', 'CNY')).toEqual({ ok: true, amountMinor: 1800 });
    expect(parseMoney('１，０００．５０', 'HKD')).toEqual({ ok: true, amountMinor: 100_050 });
    expect(parseMoney('１２，５', 'EUR')).toEqual({ ok: true, amountMinor: 1250 });
    expect(parseMoney('　１　０００　', 'JPY')).toEqual({ ok: true, amountMinor: 1000 });
  });

  it('reads an amount as the import reads the same cell', () => {
    const texts = ['1,000', '1,500', '1.500', '1,500.50', '1.500,50', '12,5', '12.5', '1 234,50', '１８', '１，０００', '5.500', '0,500', '12.345', '50.000', 'abc'];
    for (const currency of ['TWD', 'HKD', 'EUR', 'JPY', 'KWD']) {
      for (const text of texts) {
        const typed = parseMoney(text, currency);
        const imported = readCost(text, currency, null);
        expect(imported.ok ? imported.value.amountMinor : imported.reason, `${text} ${currency}`).toEqual(typed.ok ? typed.amountMinor : typed.reason);
      }
    }
  });
});

describe('minorToText', () => {
  it('places the decimal point by the currency', () => {
    expect(minorToText(1250, 'USD')).toBe('12.50');
    expect(minorToText(7, 'USD')).toBe('0.07');
    expect(minorToText(0, 'EUR')).toBe('0.00');
    expect(minorToText(500, 'JPY')).toBe('500');
    expect(minorToText(1500, 'KWD')).toBe('1.500');
  });

  it('round-trips with parseMoney', () => {
    for (const [minor, currency] of [[1, 'USD'], [123456789, 'EUR'], [42, 'JPY'], [1001, 'KWD']] as const) {
      expect(parseMoney(minorToText(minor, currency), currency)).toEqual({ ok: true, amountMinor: minor });
    }
  });
});

describe('formatMoney', () => {
  it('formats for the locale', () => {
    expect(formatMoney({ amountMinor: 1250, currency: 'USD' }, 'en')).toBe('$12.50');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
    expect(formatMoney({ amountMinor: 1500, currency: 'KWD' }, 'en')).toMatch(/KWD\s?1\.500/);
    expect(formatMoney({ amountMinor: 1250, currency: 'USD' }, 'zh-CN')).toBe('US$12.50');
    expect(formatMoney({ amountMinor: 999_999_999_999, currency: 'USD' }, 'en')).toBe('$9,999,999,999.99');
  });
});
