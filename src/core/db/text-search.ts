import type Database from 'better-sqlite3';
import { foldSearch, phoneSearchDigits } from '#shared/search-fold.ts';
import { nationalDigits } from '../domain/phone.ts';
import { changeStamp } from './change-stamp.ts';

type Db = Database.Database;

interface Entry {
  id: number;
  archived: boolean;
  /** Label, owner, carrier, tags, notes, account and plan, folded for search, apart so a match never spans two. */
  text: string;
  /** The label alone, folded: what a number's name holds besides its digits. */
  label: string;
  /** The number's digits in international form, without the `+`. */
  digits: string;
  /** Its country: its digits as typed nationally are read from it only for a number a search finds. */
  country: string;
}

interface Index {
  stamp: string;
  entries: Entry[];
}

const indexes = new WeakMap<Db, Index>();

const TEXT_COLUMNS = ['label', 'owner', 'carrier', 'tags', 'notes', 'account_ref', 'plan_name'] as const;

/** Every number, in the list's deadline order (those without a deadline last). */
function build(db: Db): Entry[] {
  const rows = db
    .prepare(`SELECT id, archived, digits, country, ${TEXT_COLUMNS.join(', ')} FROM numbers ORDER BY deadline_ends_at IS NULL, deadline_ends_at, id`)
    .all() as (Record<(typeof TEXT_COLUMNS)[number], string> & { id: number; archived: 0 | 1; digits: string; country: string })[];
  return rows.map((row) => ({
    id: row.id,
    archived: row.archived === 1,
    digits: row.digits,
    country: row.country,
    label: foldSearch(row.label),
    // Folded at once: the separator is left as it is.
    text: foldSearch(TEXT_COLUMNS.map((column) => row[column]).join('\u0000')),
  }));
}

function currentIndex(db: Db): Index {
  const stamp = changeStamp(db);
  let index = indexes.get(db);
  if (index?.stamp !== stamp) {
    index = { stamp, entries: build(db) };
    indexes.set(db, index);
  }
  return index;
}

/**
 * What a search looks for: `text` as typed; `digits` as `phoneSearchDigits` reads it, none ('') for text
 * with letters in it.
 */
export interface TextSearch {
  text: string;
  digits: string;
  includeArchived: boolean;
}

/** The search's folded text, and the digits it looks for. */
function needles(search: TextSearch): { needle: string; digits: string } {
  return { needle: foldSearch(search.text.trim()), digits: search.digits };
}

/** Whether the entry is the very number or label searched for, not one that merely contains it. */
function namedExactly(entry: Entry, needle: string, digits: string): boolean {
  if (needle !== '' && entry.label === needle) return true;
  // Typed nationally, a number is the end of its international digits: only those are worth reading further.
  return digits !== '' && entry.digits.endsWith(digits) && (entry.digits === digits || nationalDigits(entry.digits, entry.country) === digits);
}

/**
 * The ids of the numbers whose text holds `text` (any letter case, accents or not), or whose digits hold
 * `digits` when the search is a number typed in any format (at least three digits, no letters), in deadline
 * order; `exact` those of them named exactly (the whole label, or the whole number). Read from a copy of
 * those columns kept in memory until anything in the database changes: a search per keystroke then reads
 * no row at all.
 */
export function textMatches(db: Db, search: TextSearch): { ids: number[]; exact: number[] } {
  const { needle, digits } = needles(search);
  const ids: number[] = [];
  const exact: number[] = [];
  for (const entry of currentIndex(db).entries) {
    if (entry.archived && !search.includeArchived) continue;
    if (entry.text.includes(needle) || (digits !== '' && entry.digits.includes(digits))) {
      ids.push(entry.id);
      if (namedExactly(entry, needle, digits)) exact.push(entry.id);
    }
  }
  return { ids, exact };
}

/** The ids `textMatches` finds, in deadline order. */
export function idsMatchingText(db: Db, search: TextSearch): number[] {
  return textMatches(db, search).ids;
}

/** The ids of the numbers a search names exactly: by its whole label, or by its whole number. */
export function idsNamedExactly(db: Db, search: TextSearch): number[] {
  const { needle, digits } = needles(search);
  const ids: number[] = [];
  for (const entry of currentIndex(db).entries) {
    if (entry.archived && !search.includeArchived) continue;
    if (namedExactly(entry, needle, digits)) ids.push(entry.id);
  }
  return ids;
}

/** `ids` with those in `exact` moved first, each part in its own order: the number searched for by name leads. */
export function exactFirst(ids: readonly number[], exact: readonly number[]): number[] {
  if (exact.length === 0) return [...ids];
  const named = new Set(exact);
  return [...ids.filter((id) => named.has(id)), ...ids.filter((id) => !named.has(id))];
}

/**
 * The ids of the numbers, archived too, that `typed` names: a number typed in any format the Numbers
 * search accepts (`+86 150 1000 5000`, `150 1000 5000`, `8615010005000`, at least three digits and no
 * letters) within a number's digits, or its text within a label (any letter case, accents or not).
 */
export function idsMatchingNumber(db: Db, typed: string): number[] {
  const needle = foldSearch(typed.trim());
  const digits = phoneSearchDigits(typed);
  const ids: number[] = [];
  for (const entry of currentIndex(db).entries) {
    if (entry.label.includes(needle) || (digits !== '' && entry.digits.includes(digits))) ids.push(entry.id);
  }
  return ids;
}
