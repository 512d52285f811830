// Building an Intl formatter costs far more than formatting with one (a list row used four, made afresh on
// every render): each is made once per locale and options, then reused.
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return once(`relative|${locale}|${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(locale, options));
}

/** Throws, like the constructor, for a type or locale Intl does not know. */
export function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return once(`names|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return once(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function listFormat(locale: string, type: Intl.ListFormatType): Intl.ListFormat {
  return once(`list|${locale}|${type}`, () => new Intl.ListFormat(locale, { type }));
}
