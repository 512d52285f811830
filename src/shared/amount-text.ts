// Amounts as people write them, in a form or a spreadsheet cell alike: "1,500", "1.500,50", "1 234,5",
// "12,50", "１８". One reader, so a typed amount and an imported one never mean different things.
import { normalizeTyped } from './typed-text.ts';

export type AmountRead =
  /** `decimal`: plain digits with at most one "." ("1234.5", "1500"). */
  | { ok: true; decimal: string }
  | { ok: false; reason: 'bad_format' }
  /** One separator that could group thousands or be the decimal point: "1,500" dinars, "1.500" euros. */
  | { ok: false; reason: 'ambiguous_amount'; grouped: string; decimal: string };

const BAD: AmountRead = { ok: false, reason: 'bad_format' };

/** Marks that only ever group thousands: spaces (any, after NFKC) and the Swiss apostrophes. */
const GROUP_ONLY = /[\s'’]/;
const GROUP_OR_COMMA = /[\s'’,]/;
const GROUP_OR_DOT = /[\s'’.]/;

/**
 * `1,234,567`, `1.234.567`, `1 234 567`, `1'234'567`, or the Indian `12,34,567`: groups of three after a first of one to
 * three digits (no leading zero), or of two before a last of three. A whole without marks is any run of digits.
 */
function wholeDigits(whole: string, mark: ',' | '.' | null): string | null {
  const chunks = whole.split(mark === null ? GROUP_ONLY : mark === ',' ? GROUP_OR_COMMA : GROUP_OR_DOT);
  if (!chunks.every((chunk) => /^\d+$/.test(chunk))) return null;
  if (chunks.length === 1) return whole;
  const [first, ...rest] = chunks as [string, ...string[]];
  const thousands = /^[1-9]\d{0,2}$/.test(first) && rest.every((chunk) => chunk.length === 3);
  const indian = /^[1-9]\d?$/.test(first) && rest.slice(0, -1).every((chunk) => chunk.length === 2) && rest.at(-1)!.length === 3;
  return thousands || indian ? chunks.join('') : null;
}

function joined(whole: string, mark: ',' | '.' | null, fraction: string | null): AmountRead {
  const digits = wholeDigits(whole, mark);
  if (digits === null || (fraction !== null && !/^\d*$/.test(fraction))) return BAD;
  return { ok: true, decimal: fraction === null ? digits : `${digits}.${fraction}` };
}

/**
 * Reads an amount's text as a plain decimal. With both "." and "," the last is the decimal point ("1,234.50", "1.234,50").
 * A single separator before anything but three digits is the decimal point ("12,5", "12.50", "12."). Before three digits,
 * by the currency's decimals (`digits`; null when not known yet):
 * - a comma groups thousands ("1,000", "1,500"), except in a currency of three decimals, where "1,500" is either;
 * - a dot groups thousands where there are no decimals ("Rp 50.000", "¥1.000"), is the decimal point where there are
 *   three ("KWD 5.500", as such prices are written), and elsewhere is either ("1.500" euros: 1500 or 1.50) when both
 *   fit the currency; "12.345" dollars is read as written, and so refused for its decimals.
 * "Either" is refused with both readings, never guessed: the two are a thousand times apart.
 */
export function readAmount(text: string, digits: number | null): AmountRead {
  const typed = normalizeTyped(text).trim();
  if (!/^\d[\d.,\s'’]*$/.test(typed)) return BAD;
  const lastDot = typed.lastIndexOf('.');
  const lastComma = typed.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const point = Math.max(lastDot, lastComma);
    const group = typed[point] === '.' ? ',' : '.';
    const whole = typed.slice(0, point);
    // "1,234.5,6": a decimal point twice.
    if (whole.includes(typed[point]!)) return BAD;
    return joined(whole, group, typed.slice(point + 1));
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return joined(typed, null, null);
  const parts = typed.split(mark);
  if (parts.length > 2) return joined(typed, mark, null);
  const [before, after] = parts as [string, string];
  const decimal = joined(before, null, after);
  // A group needs a first one of one to three digits: "0,500" and "1234,567" are decimals.
  if (!/^[1-9]\d{0,2}$/.test(before) || !/^\d{3}$/.test(after)) return decimal;
  const grouped = joined(typed, mark, null);
  if (digits === null || digits === 0) return grouped;
  const either = (point: string): AmountRead => ({ ok: false, reason: 'ambiguous_amount', grouped: `${before}${after}`, decimal: `${before}.${point}` });
  if (digits >= 3) return mark === '.' ? decimal : either(after);
  if (mark === ',') return grouped;
  // "1.500" dollars could be 1.50; "1.234" could not, and is refused for its decimals as written.
  return after.slice(digits).replace(/0/g, '') === '' ? either(after.slice(0, digits)) : decimal;
}
