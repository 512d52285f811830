import { describe, expect, it } from 'vitest';
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
    expect(parseMoney('1.005', 'USD')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoney('500.00', 'JPY')).toEqual({ ok: true, amountMinor: 500 });
  });

  it('is exact where floats are not', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, amountMinor: 29 });
    expect(parseMoney('19.99', 'USD')).toEqual({ ok: true, amountMinor: 1999 });
    expect(parseMoney('9999999999.99', 'USD')).toEqual({ ok: true, amountMinor: 999_999_999_999 });
  });

  it('refuses text that is not one plain amount', () => {
    for (const text of ['', ' ', 'abc', '-5', '+5', '1,234.50', '1.2.3', '.5', '1e3', '12 50', '$12', 'Infinity']) {
      expect(parseMoney(text, 'USD'), text).toEqual({ ok: false, reason: 'bad_format' });
    }
    expect(parseMoney('99999999999999999999', 'USD')).toEqual({ ok: false, reason: 'bad_format' });
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
