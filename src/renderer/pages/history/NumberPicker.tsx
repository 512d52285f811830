import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { NumberNames } from '#shared/dashboard.ts';
import { formatPhone } from '../../format/phone.ts';

type NumberName = NumberNames['items'][number];

/** What the picker filters by: one number chosen, or text naming numbers (in any format), or neither. */
export interface NumberChoice {
  numberId?: number | undefined;
  numberSearch?: string | undefined;
}

/** At most this many choices are offered at once: typing narrows them. */
const CHOICES = 50;

const nameOf = (number: NumberName) => (number.label ? `${number.label} · ${formatPhone(number.e164)}` : formatPhone(number.e164));

/** The digits a number typed in any format is looked for by, as the core's search reads them (`0176…` as `176…`). */
const searchDigits = (text: string) => text.replace(/\D/g, '').replace(/^0+/, '');

const keyOf = (choice: NumberChoice) => (choice.numberId !== undefined ? `id:${choice.numberId}` : `text:${choice.numberSearch ?? ''}`);

/**
 * One number among thousands, typed rather than scrolled: a select of 10,000 options took some 400 ms to
 * draw each time the history page opened. Typing a label or digits offers the first 50 that match; a
 * choice filters by that number, other text by every number it names in any format (`150 1000 5000`),
 * none if it names none; empty text means any number.
 */
export function NumberPicker({ label, anyLabel, noMatch, numbers, value, onChange }: {
  label: string;
  anyLabel: string;
  /** Said under the box when its text names no number (no events then match). */
  noMatch: (text: string) => string;
  numbers: NumberName[];
  value: NumberChoice;
  onChange: (choice: NumberChoice) => void;
}) {
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  // The value this picker itself last asked for (null: none pending). Text being typed is left as it is;
  // a filter set elsewhere (cleared, or the names just arrived) shows as the text.
  const asked = useRef<string | null>(null);
  const { numberId, numberSearch } = value;
  useEffect(() => {
    if (asked.current !== null && asked.current === keyOf({ numberId, numberSearch })) {
      asked.current = null;
      return;
    }
    const selected = numbers.find((number) => number.id === numberId);
    setText(selected ? nameOf(selected) : (numberSearch ?? ''));
  }, [numbers, numberId, numberSearch]);

  const needle = text.trim().toLowerCase();
  const choices = useMemo(() => {
    const digits = searchDigits(needle);
    const found: NumberName[] = [];
    for (const number of numbers) {
      if (!needle || number.label.toLowerCase().includes(needle) || (digits.length >= 3 && number.e164.includes(digits))) found.push(number);
      if (found.length === CHOICES) break;
    }
    return found;
  }, [numbers, needle]);

  const unmatched = needle !== '' && choices.length === 0;

  const choose = (next: string) => {
    setText(next);
    const typed = next.trim();
    // A choice from the list is the number offered; other text is looked for in every number.
    const chosen = typed === '' ? undefined : choices.find((number) => nameOf(number) === typed);
    const choice: NumberChoice = chosen ? { numberId: chosen.id } : typed === '' ? {} : { numberSearch: typed };
    if (keyOf(choice) !== keyOf(value)) {
      asked.current = keyOf(choice);
      onChange(choice);
    }
  };

  return (
    <div className="number-picker">
      <label className="field">
        <span>{label}</span>
        <input
          type="search"
          list={listId}
          value={text}
          placeholder={anyLabel}
          autoComplete="off"
          aria-describedby={unmatched ? hintId : undefined}
          onChange={(event) => choose(event.target.value)}
        />
        <datalist id={listId}>
          {choices.map((number) => (
            <option key={number.id} value={nameOf(number)} />
          ))}
        </datalist>
      </label>
      {unmatched && (
        <p id={hintId} className="hint" role="status">
          {noMatch(text.trim())}
        </p>
      )}
    </div>
  );
}
