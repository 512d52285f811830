// What a phone number may be written with: digits, the plus, spaces and the punctuation people group digits
// with. The core refuses a number with anything else, saying what; the form leaves such text as it was typed.
import type { FieldReason } from './errors.ts';

export interface PhoneProblem {
  reason: FieldReason;
  detail?: Record<string, string | number>;
}

/** Letters and marks, in every script: "xx" in +1 202 555 01xx, "不是号码". */
const LETTERS = /[\p{L}\p{M}]+/gu;
/**
 * What a number may hold besides its digits (in any script, as libphonenumber reads them) and letters: the
 * plus, spaces, and the punctuation people group digits with (- ‐ – — − ー . / ( ) [ ] ~, soft hyphen,
 * zero-width spaces). Anything else (# * , ; :) is no part of a number.
 */
const NOT_SYMBOL = /[\p{Nd}\p{L}\p{M}\s+\-\u2010-\u2015\u2212\u30FC./()[\]~\u00AD\u200B\u2060]/u;
/** A quoted piece of what was typed stays short in a sentence. */
const QUOTE_MAX = 24;

function quoted(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/**
 * Characters no number has. libphonenumber stops reading at the first letter and keeps what came before,
 * so "+49 30 1234 56xx" would be saved as the valid +49 30 123456: a number with letters is refused whole.
 */
export function strayCharacters(text: string): PhoneProblem | null {
  if (/^[\d\s+\-.()/]*$/.test(text)) return null;
  const letters = text.match(LETTERS);
  if (letters) {
    // As written when the letters are all together ("N/A", "not a phone"), else each run ("OO", "x").
    const span = text.slice(text.indexOf(letters[0]!), text.lastIndexOf(letters.at(-1)!) + letters.at(-1)!.length);
    return { reason: 'phone_letters', detail: { letters: quoted(/\p{Nd}/u.test(span) ? letters.join(' ') : span) } };
  }
  const symbols = [...new Set([...text].filter((character) => !NOT_SYMBOL.test(character)))];
  return symbols.length > 0 ? { reason: 'phone_symbols', detail: { symbols: quoted(symbols.join(' ')) } } : null;
}
