// A realistic set of numbers across eleven countries, every one valid for libphonenumber-js/max, with
// deadlines placed around SEED_NOW so each dashboard count has a known answer.
import type { InputRaw } from '#shared/contract.ts';
import { apiCall } from './api.ts';

/** 10:00 UTC on 25 Nov 2026: 19:00 in Tokyo, 21:00 in Sydney, 13:00 in Kuwait. */
export const SEED_NOW = '2026-11-25T10:00:00Z';

const grace = [{ name: 'Receive only', length: { count: 30, unit: 'days' as const }, works: 'Incoming calls and SMS' }];

export const SEED: InputRaw<'numbers.create'>[] = [
  { phone: '+81 90 1234 5678', label: 'Tokyo travel SIM', owner: 'Aiko', carrier: 'NTT Docomo', timeZone: 'Asia/Tokyo', expiryDate: '2026-12-01', planCost: { amountMinor: 3000, currency: 'JPY' }, tags: ['travel'] },
  { phone: '+965 6000 1234', label: 'Kuwait eSIM', owner: 'Omar', carrier: 'Zain', kind: 'esim', timeZone: 'Asia/Kuwait', expiryDate: '2026-11-20', lapsePhases: grace, planCost: { amountMinor: 5500, currency: 'KWD' } },
  { phone: '+44 7400 123456', label: 'UK bank 2FA', owner: 'Ben', carrier: 'EE', timeZone: 'Europe/London', expiryDate: '2026-12-20', planCost: { amountMinor: 1000, currency: 'GBP' }, tags: ['work', 'bank'] },
  { phone: '+86 138 0013 8000', label: 'Shanghai backup', owner: 'Wang Wei', carrier: 'China Mobile', timeZone: 'Asia/Shanghai', expiryDate: '2027-01-15', planCost: { amountMinor: 3000, currency: 'CNY' } },
  {
    phone: '+1 415 555 2671', label: 'US voice number', owner: 'Ben', carrier: 'Google Voice', kind: 'virtual', timeZone: 'America/Los_Angeles',
    rules: [{ kind: 'activity', every: { count: 90, unit: 'days' }, counts: ['call', 'sms'], lastOn: '2026-09-10' }], tags: ['work'],
  },
  { phone: '+49 1512 3456789', label: 'Berlin prepaid', owner: 'Aiko', carrier: 'Telekom', timeZone: 'Europe/Berlin', expiryDate: '2026-11-26', planCost: { amountMinor: 995, currency: 'EUR' } },
  { phone: '+33 6 12 34 56 78', label: 'Old Paris SIM', owner: 'Omar', carrier: 'Orange', timeZone: 'Europe/Paris', expiryDate: '2026-10-01' },
  { phone: '+852 5123 4567', label: 'Hong Kong data', owner: 'Wang Wei', carrier: 'CSL', timeZone: 'Asia/Hong_Kong', expiryDate: '2027-05-01', planCost: { amountMinor: 9800, currency: 'HKD' } },
  { phone: '+65 8123 4567', label: 'Singapore office', owner: 'Ben', carrier: 'Singtel', timeZone: 'Asia/Singapore', expiryDate: '2026-12-31', tags: ['work'] },
  { phone: '+61 412 345 678', label: 'Sydney SIM', owner: 'Aiko', carrier: 'Telstra', timeZone: 'Australia/Sydney', expiryDate: '2026-11-25', planCost: { amountMinor: 3000, currency: 'AUD' } },
  { phone: '+34 612 34 56 78', label: 'Madrid prepaid', owner: 'Omar', carrier: 'Movistar', timeZone: 'Europe/Madrid', expiryDate: '2026-11-10', lapsePhases: grace },
  { phone: '+44 7400 654321', label: 'Spare UK SIM', owner: 'Ben', carrier: 'giffgaff', timeZone: 'Europe/London' },
];

/** What the dashboard must show for SEED at SEED_NOW. */
export const SEED_COUNTS = { lost: 1, grace: 2, dueIn7: 3, dueIn30: 5 };

export async function seedNumbers(appUrl: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const number of SEED) {
    const created = await apiCall(appUrl, 'numbers.create', number);
    ids.set(number.label ?? created.formatted, created.id);
  }
  return ids;
}
