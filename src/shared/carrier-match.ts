// Which of Keepline's carriers a typed carrier name means: its whole name or company first, else every
// carrier whose name or company has a word starting with each typed word, in any letter case, with or
// without accents, traditional Chinese as simplified ("csl", "中华电信", "telefonica").
import { matchCarrier } from './carrier-fill.ts';
import { foldSearch } from './search-fold.ts';

export interface NamedCarrier {
  name: string;
  company: string;
  country: string | null;
}

/** Fewer letters than this start too many carriers' words to mean one (a whole name of one letter still does). */
const MIN_PARTIAL = 2;

/** Words: runs of letters and digits (`AT&T` is `at`, `t`; `T-Mobile` is `t`, `mobile`). */
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Scripts written without spaces between words: a typed run is looked for anywhere, not only at a word's start. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether each typed word starts a word of the name or company (or, in Chinese, appears anywhere in them). */
function startsWords(typed: readonly string[], carrier: NamedCarrier): boolean {
  const haystack = foldSearch(`${carrier.name} ${carrier.company}`);
  const own = words(haystack);
  return typed.every((word) => own.some((candidate) => candidate.startsWith(word)) || (UNSPACED.test(word) && haystack.includes(word)));
}

export interface CarrierMatches<T> {
  /** The carrier named by its whole name or company, or the one carrier the typed words can mean. */
  match: T | undefined;
  /** Otherwise the carriers the typed words may mean, the country's first, in the carriers' order. */
  candidates: T[];
}

/**
 * The carriers `typed` names. Those of `country` (and those of no country) come first, as the ones worth
 * suggesting for a number there; when any of them matches, only they are candidates.
 */
export function carriersNamed<T extends NamedCarrier>(carriers: readonly T[], typed: string, country: string): CarrierMatches<T> {
  const wanted = foldSearch(typed.trim());
  if (wanted === '') return { match: undefined, candidates: [] };
  const local = (item: T) => country === '' || item.country === country || item.country === null;
  const ranked = [...carriers.filter(local), ...carriers.filter((item) => !local(item))];
  const exact = matchCarrier(carriers, typed, country === '' ? null : country);
  if (exact) return { match: exact, candidates: [] };
  const typedWords = words(wanted);
  if (typedWords.join('').length < MIN_PARTIAL) return { match: undefined, candidates: [] };
  const found = ranked.filter((item) => startsWords(typedWords, item));
  const here = found.filter(local);
  const candidates = here.length > 0 ? here : found;
  return candidates.length === 1 ? { match: candidates[0], candidates: [] } : { match: undefined, candidates };
}
