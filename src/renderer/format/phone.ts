import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const formatted = new Map<string, string>();

/** A stored number (E.164) as every page shows it: `+86 150 1000 5000`. Remembered: a picker redraws its choices per keystroke. */
export function formatPhone(e164: string): string {
  let text = formatted.get(e164);
  if (text === undefined) {
    text = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    formatted.set(e164, text);
  }
  return text;
}

const nationals = new Map<string, string>();

/** A stored number's digits after its country code, as typed at home (`+447400126571` -> `7400126571`). */
export function nationalDigits(e164: string): string {
  let digits = nationals.get(e164);
  if (digits === undefined) {
    digits = (parsePhoneNumberFromString(e164)?.nationalNumber ?? '').replace(/^0+/, '');
    nationals.set(e164, digits);
  }
  return digits;
}
