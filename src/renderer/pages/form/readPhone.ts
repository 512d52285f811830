import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';
import { hasSeveralClocks, zoneForCountry } from '#shared/country-zone.ts';

/** The number being typed, when it reads as a valid one (a guide only: the server decides). */
export function readPhone(phone: string, country: string): PhoneNumber | null {
  const text = phone.trim().replace(/^00/, '+');
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
