import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { NumberNames } from '#shared/dashboard.ts';
import { foldSearch, phoneSearchDigits } from '#shared/search-fold.ts';
import { nationalDigits } from '../../format/phone.ts';
import { numberChoiceName as nameOf } from './numberChoiceName.ts';

type NumberName = NumberNames['items'][number];

/** What the picker filters by: one number chosen, or text naming numbers (in any format), or neither. */
export interface NumberChoice {
  numberId?: number | undefined;
  numberSearch?: string | undefined;
}

/** At most this many choices are offered at once: typing narrows them. */
const CHOICES = 50;


/** The label and digits of a choice's text (`label · +44 7400 126571`), as `nameOf` wrote it; null for other text. */
function chosenName(text: string): { label: string; digits: string } | null {
  const at = text.lastIndexOf(' · ');
  if (at < 0) return null;
  const digits = phoneSearchDigits(text.slice(at + 3));
  return digits === '' ? null : { label: foldSearch(text.slice(0, at)), digits };
}

const keyOf = (choice: NumberChoice) => (choice.numberId !== undefined ? `id:${choice.numberId}` : `text:${choice.numberSearch ?? ''}`);

/**
 * One number among thousands, typed rather than scrolled: a select of 10,000 options took some 400 ms to
 * draw each time the history page opened. Typing a label or digits offers the first 50 that match (the
 * one named exactly first); a choice filters by that number, other text by every number it names in any
 * format (`150 1000 5000`) or whose label holds it, none if it names none; empty text means any number.
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

  // Labels folded once per list of names, not per keystroke.
  const folded = useMemo(() => numbers.map((number) => ({ number, label: foldSearch(number.label), digits: number.e164.slice(1) })), [numbers]);
  const typedText = text.trim();
  const choices = useMemo(() => {
    if (!typedText) return numbers.slice(0, CHOICES);
    // As the core reads the text: labels in any case, accents or not; digits only for a number typed in any format.
    const wanted = foldSearch(typedText);
    const digits = phoneSearchDigits(typedText);
    const chosen = chosenName(typedText);
    const exact: NumberName[] = [];
    const others: NumberName[] = [];
    for (const { number, label, digits: own } of folded) {
      // A choice just taken from the list reads `label · number`: that number, and no other.
      if (chosen && label === chosen.label && own === chosen.digits) return [number];
      const byDigits = digits !== '' && own.includes(digits);
      if (!label.includes(wanted) && !byDigits) continue;
      // The number named whole (its label, or its number in any format) is offered first.
      if (label === wanted || (byDigits && (own === digits || nationalDigits(number.e164) === digits))) exact.push(number);
      else if (others.length < CHOICES) others.push(number);
    }
    return [...exact, ...others].slice(0, CHOICES);
  }, [numbers, folded, typedText]);

  const unmatched = typedText !== '' && choices.length === 0;

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
