// A spreadsheet of numbers the way people keep them: phones typed in every common format (some national,
// read with the import's default country or the row's country), day-first and ISO dates, costs with
// symbols, codes or a currency column, periods in words. Same seed, same file.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import Papa from 'papaparse';
import { digitsOf, minorToText } from '#shared/money.ts';
import { addDays } from '#core/domain/dates.ts';
import { TODAY } from './dataset.ts';
import { COUNTRIES, phoneFor } from './phones.ts';
import { pick, seededRandom } from './random.ts';

/** The import's default country: its numbers are written nationally with no country cell. */
export const SHEET_DEFAULT_COUNTRY = 'GB';

export const SHEET_HEADERS = ['Phone', 'Country', 'Carrier', 'Expires', 'Plan', 'Cost', 'Currency', 'Billing', 'Type', 'Owner', 'Label', 'Tags', 'Notes'];

const SYMBOL_OF: Record<string, string> = { EUR: '€', GBP: '£', KRW: '₩', INR: '₹', TRY: '₺', VND: '₫', PHP: '₱', THB: '฿', HKD: 'HK$', TWD: 'NT$', SGD: 'S$', AUD: 'A$', CAD: 'C$' };
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

function phoneCell(random: () => number, e164: string, country: string): { phone: string; country: string } {
  const parsed = parsePhoneNumberFromString(e164)!;
  if (country === SHEET_DEFAULT_COUNTRY && random() < 0.7) return { phone: parsed.formatNational(), country: '' };
  const style = random();
  if (style < 0.35) return { phone: parsed.formatInternational(), country: '' };
  if (style < 0.55) return { phone: e164, country: random() < 0.5 ? country : '' };
  if (style < 0.7) return { phone: `00${e164.slice(1)}`, country: '' };
  if (style < 0.8) return { phone: parsed.formatInternational().replace(/ /g, '-'), country: '' };
  return { phone: parsed.formatNational(), country: random() < 0.6 ? country : COUNTRY_NAMES.of(country)! };
}

function dateCell(random: () => number, date: string): string {
  const [year, month, day] = date.split('-');
  const style = random();
  if (style < 0.4) return date;
  if (style < 0.6) return `${year}/${Number(month)}/${Number(day)}`;
  return `${day}/${month}/${year}`; // day-first: the 13th and later prove the order for the whole file
}

function costCells(random: () => number, amountMinor: number, currency: string): { cost: string; currency: string } {
  const amount = minorToText(amountMinor, currency);
  const style = random();
  if (style < 0.4) return { cost: amount, currency };
  if (style < 0.6 && SYMBOL_OF[currency]) return { cost: `${SYMBOL_OF[currency]}${amount}`, currency: '' };
  if (style < 0.8) return { cost: `${currency} ${amount}`, currency: '' };
  if (currency === 'EUR' && digitsOf(currency) === 2) return { cost: amount.replace('.', ','), currency };
  return { cost: amount, currency: currency.toLowerCase() };
}

const PERIODS = ['1 month', 'monthly', '30 days', '12m', 'yearly', '3个月', '1 year', 'quarterly'];
const KINDS = ['SIM', 'eSIM', 'virtual', 'physical', ''];
const OWNERS = ['Ana', 'Bo', 'Chen Wei', 'Dana', 'Eitan', 'Fatima', 'Client A', 'Client B', '张伟', ''];
const TAGS = ['', '', 'travel', 'work, travel', 'client; backup', '工作'];
const NOTES = ['', '', '', 'keep for bank 2FA', 'PUK in the safe, "blue" folder', 'top up before travel; call once a month'];

/** `count` rows of distinct valid numbers across the 40 countries, as CSV text with a header. */
export function sheetCsv(count: number, seed = 11): string {
  const random = seededRandom(seed);
  const rows: string[][] = [SHEET_HEADERS];
  const written = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const country = COUNTRIES[index % COUNTRIES.length]!;
    const e164 = phoneFor(country.code, Math.floor(index / COUNTRIES.length));
    // Two countries' national numbers can read the same ("0912 341 676" in TW and VN): such a row is written
    // in full, so every phone cell is distinct text and the baseline can insert the cells as they are.
    let { phone, country: countryCell } = phoneCell(random, e164, country.code);
    if (written.has(phone)) [phone, countryCell] = [e164, ''];
    written.add(phone);
    const { cost, currency } = costCells(random, 100 * (1 + Math.floor(random() * 60)), country.currency);
    rows.push([
      phone,
      countryCell,
      `${country.code} Mobile`,
      random() < 0.05 ? '' : dateCell(random, addDays(TODAY, Math.floor(random() * 400) - 60)),
      pick(random, ['Prepaid', 'Pay as you go', 'Data 10GB', '']),
      cost,
      currency,
      pick(random, PERIODS),
      pick(random, KINDS),
      pick(random, OWNERS),
      `${country.code} line ${index}`,
      pick(random, TAGS),
      pick(random, NOTES),
    ]);
  }
  return Papa.unparse(rows);
}
