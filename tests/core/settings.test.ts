import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsService, fileSettingsStorage } from '#core/settings/settings-store.ts';
import { silentLogger } from '#core/ports.ts';
import { ManualClock, numberInput, tempDir, testCore } from './support/test-core.ts';

const clock = new ManualClock('2026-11-25T12:00:00Z');
const openSettings = (dir: string) => {
  const { storage, recoveredFrom } = fileSettingsStorage(dir, clock, silentLogger);
  return createSettingsService(storage, recoveredFrom, silentLogger);
};

describe('settings', () => {
  it('start from the defaults and keep a change across restarts', () => {
    const dir = tempDir();
    const first = openSettings(dir);
    expect(first.get()).toMatchObject({ leadTimesDays: [30, 7, 1, 0], scanIntervalMinutes: 5, quietHours: null, theme: 'system' });
    first.update({ leadTimesDays: [14, 3, 0], quietHours: { start: '22:00', end: '07:30' } });
    const again = openSettings(dir);
    expect(again.get()).toMatchObject({ leadTimesDays: [14, 3, 0], quietHours: { start: '22:00', end: '07:30' } });
    expect(again.recoveredFrom).toBeNull();
  });

  it('a file truncated mid-JSON is kept aside, never silently emptied, and the defaults load', () => {
    const dir = tempDir();
    openSettings(dir).update({ scanIntervalMinutes: 15 });
    const file = path.join(dir, 'settings.json');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.length / 2));
    const recovered = openSettings(dir);
    expect(recovered.get().scanIntervalMinutes).toBe(5);
    expect(recovered.recoveredFrom).toMatch(/settings\.json\.broken-2026-11-25T12-00-00-000Z$/);
    expect(fs.readFileSync(recovered.recoveredFrom!, 'utf8')).toBe(text.slice(0, text.length / 2));
  });

  it('a stored value the schema refuses falls back to its default, the others stay', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ scanIntervalMinutes: -3, theme: 'dark', leadTimesDays: [7] }));
    expect(openSettings(dir).get()).toMatchObject({ scanIntervalMinutes: 5, theme: 'dark', leadTimesDays: [7] });
  });

  it('over the contract: invalid values are refused with their field, and nothing is saved', async () => {
    const core = await testCore();
    await core.call('settings.update', { theme: 'dark' });
    const before = fs.readFileSync(path.join(core.dir, 'settings.json'), 'utf8');
    expect(await core.fail('settings.update', { leadTimesDays: [7, 7] })).toMatchObject({ field: 'leadTimesDays', reason: 'duplicate_value' });
    expect(await core.fail('settings.update', { quietHours: { start: '25:00', end: '07:00' } })).toMatchObject({ field: 'quietHours.start', reason: 'bad_format' });
    expect(await core.fail('settings.update', { theme: 'neon' })).toMatchObject({ field: 'theme', reason: 'not_allowed_value' });
    expect(await core.fail('settings.update', { backupFolder: 'relative/dir' })).toMatchObject({ field: 'backupFolder', reason: 'not_absolute_path' });
    expect(fs.readFileSync(path.join(core.dir, 'settings.json'), 'utf8')).toBe(before);
    // A full Windows path is one, even checked on another system.
    expect(await core.call('settings.update', { backupFolder: 'D:\\Keepline backups' })).toMatchObject({ backupFolder: 'D:\\Keepline backups' });
    core.close();
  });

  it('over the contract: an update changes the settings it names and keeps every other one, on disk too', async () => {
    const core = await testCore();
    await core.call('settings.update', { leadTimesDays: [14, 3], quietHours: { start: '22:00', end: '07:00' }, backupsToKeep: 30 });
    await core.call('settings.update', { theme: 'dark' });
    const kept = await core.call('settings.update', { language: 'zh-CN' });
    const expected = { leadTimesDays: [14, 3], quietHours: { start: '22:00', end: '07:00' }, backupsToKeep: 30, theme: 'dark', language: 'zh-CN' };
    expect(kept).toMatchObject(expected);
    expect((await core.call('settings.get', {})).settings).toMatchObject(expected);
    expect(JSON.parse(fs.readFileSync(path.join(core.dir, 'settings.json'), 'utf8'))).toMatchObject(expected);
    core.close();
  });

  it('the largest lead time decides when a number is due soon', async () => {
    const core = await testCore('2026-11-25T12:00:00Z');
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-15' }));
    expect((await core.call('numbers.get', { id })).status.state).toBe('due_soon');
    await core.call('settings.update', { leadTimesDays: [14, 1] });
    expect((await core.call('numbers.get', { id })).status.state).toBe('ok');
    expect((await core.call('app.info', {})).leadTimesDays).toEqual([14, 1]);
    core.close();
  });
});
