import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';
import countryToCurrency from 'country-to-currency';
import { hasSeveralClocks, zoneForCountry } from '#shared/country-zone.ts';
import { isCurrency } from '#shared/primitives.ts';
import { normalizeTyped } from '#shared/typed-text.ts';

/** The number being typed, when it reads as a valid one (a guide only: the server decides). */
export function readPhone(phone: string, country: string): PhoneNumber | null {
  const text = normalizeTyped(phone).trim().replace(/^00/, '+');
  if (text.replace(/\D/g, '').length < 6) return null;
  const parsed = parsePhoneNumberFromString(text, (country || undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed : null;
}

/** The carrier zone a number's country suggests, with whether that country keeps several clocks. */
export interface AssumedZone {
  country: string;
  zone: string;
  severalClocks: boolean;
}

export function zoneFromPhone(phone: string, country: string): AssumedZone | null {
  const code = readPhone(phone, country)?.country;
  const zone = code ? zoneForCountry(code) : null;
  return code && zone ? { country: code, zone, severalClocks: hasSeveralClocks(code) } : null;
}

/** The plan currency a number's country suggests (pounds for +44), until the user or a carrier picks one. */
export interface AssumedCurrency {
  country: string;
  currency: string;
}

export function currencyFromPhone(phone: string, country: string): AssumedCurrency | null {
  const code = readPhone(phone, country)?.country;
  const currency = code ? (countryToCurrency as Record<string, string | undefined>)[code] : undefined;
  // Only a currency the API accepts (this runtime's ISO 4217 list) is worth suggesting.
  return code && currency !== undefined && isCurrency(currency) ? { country: code, currency } : null;
}
