// The carrier zone to assume from a number's country: a spreadsheet with no time-zone column, and the number
// form until the user picks a zone.
import { getCountry, getTimezone } from 'countries-and-timezones';

// Countries spanning several zones: the zone most of their people (and carriers' billing) live in.
const MAIN_ZONE: Record<string, string> = {
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', RU: 'Europe/Moscow', AU: 'Australia/Sydney',
  NZ: 'Pacific/Auckland', ID: 'Asia/Jakarta', CN: 'Asia/Shanghai', KZ: 'Asia/Almaty', MN: 'Asia/Ulaanbaatar',
  CD: 'Africa/Kinshasa', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', DE: 'Europe/Berlin', UA: 'Europe/Kyiv',
  MY: 'Asia/Kuala_Lumpur', EC: 'America/Guayaquil', GL: 'America/Nuuk', FM: 'Pacific/Pohnpei', KI: 'Pacific/Tarawa',
  PF: 'Pacific/Tahiti', UZ: 'Asia/Tashkent', CY: 'Asia/Nicosia', PS: 'Asia/Gaza', MH: 'Pacific/Majuro',
};

/** The zone for a country code, or null when the country is unknown. */
export function zoneForCountry(code: string): string | null {
  const main = MAIN_ZONE[code];
  if (main) return main;
  const country = getCountry(code, { deprecated: true });
  if (!country) return null;
  const zones = country.timezones.map((name) => getTimezone(name)).filter((zone) => zone !== null);
  // A current zone whose first country is this one (Europe/London for GB), else a link named for this country
  // alone (Asia/Kuwait, a link to Asia/Riyadh), else any.
  const primary = zones.find((zone) => !zone.deprecated && zone.countries[0] === code);
  const own = zones.find((zone) => zone.countries.length === 1 && zone.countries[0] === code);
  return (primary ?? own ?? zones[0])?.name ?? null;
}

/**
 * Whether a country's zones keep different clocks (the United States, Russia), so that the zone assumed for it
 * needs checking; Germany's two zones and Kuwait's two names keep one.
 */
export function hasSeveralClocks(code: string): boolean {
  const clocks = new Set<string>();
  for (const name of getCountry(code)?.timezones ?? []) {
    const zone = getTimezone(name);
    if (zone) clocks.add(`${zone.utcOffset}|${zone.dstOffset}`);
  }
  return clocks.size > 1;
}
