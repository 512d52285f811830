import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

/** 40 countries people keep numbers in, with a zone and a currency each. */
export const COUNTRIES: { code: CountryCode; zone: string; currency: string }[] = [
  ['GB', 'Europe/London', 'GBP'], ['US', 'America/New_York', 'USD'], ['CN', 'Asia/Shanghai', 'CNY'], ['HK', 'Asia/Hong_Kong', 'HKD'],
  ['JP', 'Asia/Tokyo', 'JPY'], ['KW', 'Asia/Kuwait', 'KWD'], ['DE', 'Europe/Berlin', 'EUR'], ['FR', 'Europe/Paris', 'EUR'],
  ['ES', 'Europe/Madrid', 'EUR'], ['IT', 'Europe/Rome', 'EUR'], ['NL', 'Europe/Amsterdam', 'EUR'], ['SG', 'Asia/Singapore', 'SGD'],
  ['MY', 'Asia/Kuala_Lumpur', 'MYR'], ['TH', 'Asia/Bangkok', 'THB'], ['AU', 'Australia/Sydney', 'AUD'], ['NZ', 'Pacific/Auckland', 'NZD'],
  ['CA', 'America/Toronto', 'CAD'], ['MX', 'America/Mexico_City', 'MXN'], ['BR', 'America/Sao_Paulo', 'BRL'], ['AR', 'America/Argentina/Buenos_Aires', 'ARS'],
  ['CL', 'America/Santiago', 'CLP'], ['IN', 'Asia/Kolkata', 'INR'], ['AE', 'Asia/Dubai', 'AED'], ['SA', 'Asia/Riyadh', 'SAR'],
  ['TR', 'Europe/Istanbul', 'TRY'], ['PL', 'Europe/Warsaw', 'PLN'], ['SE', 'Europe/Stockholm', 'SEK'], ['CH', 'Europe/Zurich', 'CHF'],
  ['KR', 'Asia/Seoul', 'KRW'], ['TW', 'Asia/Taipei', 'TWD'], ['PH', 'Asia/Manila', 'PHP'], ['VN', 'Asia/Ho_Chi_Minh', 'VND'],
  ['ID', 'Asia/Jakarta', 'IDR'], ['ZA', 'Africa/Johannesburg', 'ZAR'], ['EG', 'Africa/Cairo', 'EGP'], ['IE', 'Europe/Dublin', 'EUR'],
  ['PT', 'Europe/Lisbon', 'EUR'], ['KI', 'Pacific/Kiritimati', 'AUD'], ['MO', 'Asia/Macau', 'MOP'], ['IL', 'Asia/Jerusalem', 'ILS'],
].map(([code, zone, currency]) => ({ code: code as CountryCode, zone: zone!, currency: currency! }));

/** A distinct valid mobile number of a country: its example with the last digits varied. */
export function phoneFor(country: CountryCode, serial: number): string {
  const example = getExampleNumber(country, examples)!.number as string;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const tail = String((serial * 7919 + attempt * 104729) % 10_000).padStart(4, '0');
    const candidate = example.slice(0, -4) + tail;
    if (parsePhoneNumberFromString(candidate)?.isValid()) return candidate;
  }
  return example;
}
