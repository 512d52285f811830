import { getAllCountries } from 'countries-and-timezones';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '#core/carriers/catalog.ts';
import { zoneForCountry } from '#shared/country-zone.ts';
import { zoneName } from '#shared/locale.ts';
import { fieldMessage } from '#shared/messages.ts';
import { ZH_ZONE_NAMES } from '#shared/zone-names.zh-CN.ts';

// A Chinese name with no Latin letter, ending in 时间 (or UTC's own name, 协调世界时).
const CHINESE_ZONE = /^(?:[^A-Za-z]+时间|协调世界时)$/;

describe('a carrier zone as sentences name it', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the city in English and the Chinese city in Chinese, in the short everyday form', () => {
    expect(zoneName('America/New_York', 'en')).toBe('New York');
    const everyday: Record<string, string> = {
      'Asia/Hong_Kong': '香港时间', 'Asia/Macau': '澳门时间', 'Asia/Taipei': '台北时间', 'Asia/Tokyo': '东京时间',
      'Europe/London': '伦敦时间', 'America/New_York': '纽约时间', 'America/Los_Angeles': '洛杉矶时间',
      'Asia/Singapore': '新加坡时间', 'Asia/Kuala_Lumpur': '吉隆坡时间', 'Asia/Bangkok': '曼谷时间',
      'Australia/Sydney': '悉尼时间', 'Asia/Dubai': '迪拜时间', 'Asia/Kuwait': '科威特时间', 'Asia/Shanghai': '北京时间',
      'Asia/Kolkata': '加尔各答时间', 'Asia/Calcutta': '加尔各答时间', 'Asia/Ho_Chi_Minh': '胡志明市时间', UTC: '协调世界时',
    };
    expect(Object.fromEntries(Object.keys(everyday).map((zone) => [zone, zoneName(zone, 'zh-CN')]))).toEqual(everyday);
  });

  it('does not ask the runtime: Chromium’s ICU, which names New York in Latin letters, gives the same names', () => {
    const before = Object.keys(ZH_ZONE_NAMES).map((zone) => zoneName(zone, 'zh-CN'));
    // Chromium's ICU answers shortGeneric in zh with the English city; Node's with a country or region name.
    class LatinNames extends Intl.DateTimeFormat {
      override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
        return super.formatToParts(date).map((part) => (part.type === 'timeZoneName' ? { ...part, value: 'New York时间' } : part));
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: LatinNames });
    expect(zoneName('America/Los_Angeles', 'zh-CN')).toBe('洛杉矶时间');
    expect(zoneName('Asia/Hong_Kong', 'zh-CN')).toBe('香港时间');
    expect(Object.keys(ZH_ZONE_NAMES).map((zone) => zoneName(zone, 'zh-CN'))).toEqual(before);
  });

  it('has a Chinese name for every zone the runtime offers, every catalog carrier’s and every country’s', () => {
    const zones = new Set([
      ...Intl.supportedValuesOf('timeZone'),
      ...[...bundledCatalog().values()].map((carrier) => carrier.timeZone).filter((zone) => zone !== null),
      ...Object.keys(getAllCountries()).map(zoneForCountry).filter((zone) => zone !== null),
    ]);
    expect([...zones].filter((zone) => !Object.hasOwn(ZH_ZONE_NAMES, zone))).toEqual([]);
    expect(Object.entries(ZH_ZONE_NAMES).filter(([, name]) => !CHINESE_ZONE.test(name))).toEqual([]);
    expect(Object.keys(ZH_ZONE_NAMES).filter((zone) => zoneName(zone, 'zh-CN') !== ZH_ZONE_NAMES[zone])).toEqual([]);
  });

  it('falls back to the readable city, apart from 时间, for a zone the table does not know', () => {
    expect(zoneName('Mars/Olympus_Mons', 'zh-CN')).toBe('Olympus Mons 时间');
    expect(zoneName('constructor', 'zh-CN')).toBe('constructor 时间');
    // POSIX offset zones read as the offset they keep: Etc/GMT-5 is five hours ahead of UTC.
    expect(zoneName('Etc/GMT-5', 'en')).toBe('UTC+5');
    expect(zoneName('Etc/GMT+3', 'zh-CN')).toBe('UTC-3 时间');
  });

  it('names the zone in an error about a future date', () => {
    expect(fieldMessage('occurredOn', 'future_date', 'zh-CN', { today: '2026-11-25', zone: 'Asia/Kuwait' })).toBe('日期不能是将来的日期（按科威特时间，今天是 2026-11-25）');
    expect(fieldMessage('occurredOn', 'future_date', 'zh-CN', { today: '2026-11-25', zone: 'America/New_York' })).toBe('日期不能是将来的日期（按纽约时间，今天是 2026-11-25）');
    expect(fieldMessage('occurredOn', 'future_date', 'en', { today: '2026-11-25', zone: 'Asia/Kuwait' })).toBe('Date cannot be in the future (today is 2026-11-25 in Kuwait)');
  });
});
