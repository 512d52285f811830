import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { NumberNames } from '#shared/dashboard.ts';

type NumberName = NumberNames['items'][number];

/** At most this many choices are offered at once: typing narrows them. */
const CHOICES = 50;

const nameOf = (number: NumberName) => (number.label ? `${number.label} · ${number.e164}` : number.e164);

/**
 * One number among thousands, typed rather than scrolled: a select of 10,000 options took some 400 ms to
 * draw each time the history page opened. Typing a label or digits offers the first 50 that match; a
 * choice (or text naming a number exactly) filters, and empty text means any number.
 */
export function NumberPicker({ label, anyLabel, noMatch, numbers, value, onChange }: {
  label: string;
  anyLabel: string;
  /** Said under the box when its text names no number (the filter then does not apply). */
  noMatch: (text: string) => string;
  numbers: NumberName[];
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}) {
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  // The value this picker itself last asked for (null: none pending). Text being typed is left as it is;
  // a filter set elsewhere (cleared, or the names just arrived) shows as the text.
  const asked = useRef<number | undefined | null>(null);
  useEffect(() => {
    if (asked.current !== null && asked.current === value) {
      asked.current = null;
      return;
    }
    const selected = numbers.find((number) => number.id === value);
    setText(selected ? nameOf(selected) : '');
  }, [numbers, value]);

  const needle = text.trim().toLowerCase();
  const choices = useMemo(() => {
    const digits = needle.replace(/\D/g, '');
    const found: NumberName[] = [];
    for (const number of numbers) {
      if (!needle || nameOf(number).toLowerCase().includes(needle) || (digits.length >= 3 && number.e164.includes(digits))) found.push(number);
      if (found.length === CHOICES) break;
    }
    return found;
  }, [numbers, needle]);

  const unmatched = needle !== '' && choices.length === 0;

  const choose = (next: string) => {
    setText(next);
    const id = next.trim() === '' ? undefined : numbers.find((number) => nameOf(number) === next)?.id;
    if (id !== value) {
      asked.current = id;
      onChange(id);
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
