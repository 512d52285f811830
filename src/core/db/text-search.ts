import type Database from 'better-sqlite3';
import { searchDigits } from '../domain/phone.ts';
import { changeStamp } from './change-stamp.ts';

type Db = Database.Database;

interface Entry {
  id: number;
  archived: boolean;
  /** Label, owner, carrier, tags, notes, account and plan, lower-cased, apart so a match never spans two. */
  text: string;
  /** The label alone, lower-cased: what a number's name holds besides its digits. */
  label: string;
  digits: string;
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
    .prepare(`SELECT id, archived, digits, ${TEXT_COLUMNS.join(', ')} FROM numbers ORDER BY deadline_ends_at IS NULL, deadline_ends_at, id`)
    .all() as (Record<(typeof TEXT_COLUMNS)[number], string> & { id: number; archived: 0 | 1; digits: string })[];
  return rows.map((row) => ({
    id: row.id,
    archived: row.archived === 1,
    digits: row.digits,
    label: row.label.toLowerCase(),
    text: TEXT_COLUMNS.map((column) => row[column].toLowerCase()).join('\u0000'),
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
 * The ids of the numbers whose text holds `text` (any letter case), or whose digits hold `digits` (at least
 * three of them: a number typed in any format), in deadline order. Read from a copy of those columns kept in
 * memory until anything in the database changes: a search per keystroke then reads no row at all.
 */
export function idsMatchingText(db: Db, search: { text: string; digits: string; includeArchived: boolean }): number[] {
  const index = currentIndex(db);
  const needle = search.text.toLowerCase();
  const { digits, includeArchived } = search;
  const byDigits = digits.length >= 3;
  const ids: number[] = [];
  for (const entry of index.entries) {
    if (entry.archived && !includeArchived) continue;
    if (entry.text.includes(needle) || (byDigits && entry.digits.includes(digits))) ids.push(entry.id);
  }
  return ids;
}

/**
 * The ids of the numbers, archived too, that `typed` names: its digits (at least three) within a number's
 * digits, in any format the Numbers search accepts (`+86 150 1000 5000`, `150 1000 5000`, `8615010005000`),
 * or its text within a label, in any letter case.
 */
export function idsMatchingNumber(db: Db, typed: string): number[] {
  const needle = typed.trim().toLowerCase();
  const digits = searchDigits(needle);
  const byDigits = digits.length >= 3;
  const ids: number[] = [];
  for (const entry of currentIndex(db).entries) {
    if (entry.label.includes(needle) || (byDigits && entry.digits.includes(digits))) ids.push(entry.id);
  }
  return ids;
}
