import { AsYouType, type CountryCode } from 'libphonenumber-js/min';
import { useRef, type ChangeEvent } from 'react';
import { strayCharacters } from '#shared/phone-characters.ts';
import { normalizeTyped } from '#shared/typed-text.ts';
import type { ControlProps } from '../../forms/Field.tsx';

interface PhoneInputProps {
  control: ControlProps;
  placeholder: string;
  phone: string;
  country: string;
  /** Sets the phone and, when the country was not picked by hand, the country the number belongs to. */
  onChange: (patch: { phone: string; country?: string }) => void;
}

/**
 * Formats the number as it is typed (+81 90 1234 5678) and infers its country from the calling code. It
 * only reformats when characters are added at the end, so deleting and editing in the middle are never
 * fought, and never text with letters or other characters no number has; a country the user picked by hand
 * is never replaced.
 */
export function PhoneInput({ control, placeholder, phone, country, onChange }: PhoneInputProps) {
  const inferred = useRef<string | null>(null);
  const handle = (event: ChangeEvent<HTMLInputElement>) => {
    // Full-width digits and plus from a Chinese keyboard (＋８５２) become ASCII, except inside an IME's composition.
    const composing = (event.nativeEvent as InputEvent).isComposing === true;
    const typed = composing ? event.target.value : normalizeTyped(event.target.value);
    const atEnd = event.target.selectionStart === null || event.target.selectionStart === typed.length;
    // The formatter drops letters and what follows them (+49 30 12xx 3456 -> +49 30 12): such text stays as
    // typed, for Save to say what is wrong with it.
    const growing = typed.length > phone.length && atEnd && strayCharacters(typed) === null;
    const countryHint = (country || undefined) as CountryCode | undefined;
    const formatter = new AsYouType(typed.trim().startsWith('+') ? undefined : countryHint);
    const formatted = formatter.input(typed);
    const next = growing && formatted ? formatted : typed;
    const found = typed.trim().startsWith('+') ? (formatter.getCountry() ?? '') : '';
    const countryIsOurs = country === '' || country === inferred.current;
    if (countryIsOurs && found !== country && (found !== '' || inferred.current !== null)) {
      inferred.current = found || null;
      onChange({ phone: next, country: found });
      return;
    }
    onChange({ phone: next });
  };
  return <input {...control} type="tel" autoComplete="off" placeholder={placeholder} value={phone} onChange={handle} />;
}
