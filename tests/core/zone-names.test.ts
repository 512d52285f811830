import { describe, expect, it } from 'vitest';
import { zoneName } from '#shared/locale.ts';
import { fieldMessage } from '#shared/messages.ts';

describe('a carrier zone as sentences name it', () => {
  it('is the city in English and the Chinese city or country name in Chinese', () => {
    expect(zoneName('America/New_York', 'en')).toBe('New York');
    expect(zoneName('America/New_York', 'zh-CN')).toBe('纽约时间');
    expect(zoneName('Asia/Kuwait', 'zh-CN')).toBe('科威特时间');
    expect(zoneName('Europe/London', 'zh-CN')).toBe('英国时间');
  });

  it('has a Chinese name for every zone the runtime knows, none of them a bare offset', () => {
    const unnamed = Intl.supportedValuesOf('timeZone').filter((zone) => !/^[^A-Za-z+\d]+时间$/.test(zoneName(zone, 'zh-CN')));
    expect(unnamed).toEqual([]);
  });

  it('falls back to the city for a zone the runtime does not know', () => {
    expect(zoneName('Mars/Olympus_Mons', 'zh-CN')).toBe('Olympus Mons 时间');
  });

  it('names the zone in an error about a future date', () => {
    expect(fieldMessage('occurredOn', 'future_date', 'zh-CN', { today: '2026-11-25', zone: 'Asia/Kuwait' })).toBe('日期不能是将来的日期（按科威特时间，今天是 2026-11-25）');
    expect(fieldMessage('occurredOn', 'future_date', 'en', { today: '2026-11-25', zone: 'Asia/Kuwait' })).toBe('Date cannot be in the future (today is 2026-11-25 in Kuwait)');
  });
});
