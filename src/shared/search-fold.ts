// How searches read text and numbers, the same in the core (the Numbers search, the history's number filter,
// the carriers list) and in the window (the history's number picker, the form's carrier suggestions).
import { SIMPLIFIED_OF } from './han-variants.ts';
import { normalizeTyped } from './typed-text.ts';

/** Letters that carry no combining mark to drop, written as people type them without the accent. */
const PLAIN_OF: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'], ['ẞ', 'ss'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['æ', 'ae'], ['œ', 'oe'], ['ı', 'i'], ['þ', 'th'],
]);

const NON_ASCII = /[\u0080-\uffff]/;
const MARK = /\p{M}/gu;

/** The accents of Latin, Greek and Cyrillic letters (the combining diacritical blocks); other scripts' vowel marks stay. */
function isAccent(mark: string): boolean {
  const code = mark.codePointAt(0)!;
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

const SPECIAL = new RegExp(`[${[...PLAIN_OF.keys(), ...SIMPLIFIED_OF.keys()].join('')}]`, 'gu');

/**
 * Text as a search compares it: any letter case, accents dropped (`Müller`, `MULLER` and `muller` alike),
 * traditional Chinese characters as their simplified forms (`中華電信` as `中华电信`), and full-width
 * letters and digits as plain ones. Both what is searched and what is typed go through this.
 */
export function foldSearch(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARK, (mark) => (isAccent(mark) ? '' : mark))
    .replace(SPECIAL, (char) => PLAIN_OF.get(char) ?? SIMPLIFIED_OF.get(char) ?? char)
    .normalize('NFC');
}

/** Fewer digits than this match too many numbers to mean one. */
export const PHONE_SEARCH_MIN_DIGITS = 3;

/** A number typed in any format: digits, spaces, `+`, dashes, brackets, dots and slashes, nothing else. */
const PHONE_TYPED = /^[\d\s+()./\-\u2010-\u2015]+$/;

/**
 * The digits a typed search looks for within phone numbers: `+44 7400 126571`, `+44 (0)7400 126571`,
 * `07400 126571` (a national leading 0 dropped) and `(646) 201-7788` alike; none ('') for text with any letter in it (`DE-131` is a
 * label, not the digits 131) or fewer than three digits.
 */
export function phoneSearchDigits(typed: string): string {
  const text = normalizeTyped(typed).trim();
  if (!PHONE_TYPED.test(text)) return '';
  // `+44 (0)7400 126571`: the 0 in brackets is dialled only at home.
  const international = /^(\+|00)/.test(text) ? text.replace(/\(\s*0\s*\)/g, '') : text;
  const digits = international.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length >= PHONE_SEARCH_MIN_DIGITS ? digits : '';
}
