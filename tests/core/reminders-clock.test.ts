// The clock jumping back an hour (a wrong NTP step, a manual correction, a zone change): nothing shown
// already comes again, nothing due is lost, and each reminder still falls on its intended local day.
import { afterEach, describe, expect, it } from 'vitest';
import { numberInput, type TestCore } from './support/test-core.ts';
import { reminderCore, remindersOf, scanAt } from './support/reminder-core.ts';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('the clock jumping back an hour', () => {
  it('shows each reminder once, and the later ones when their time comes', async () => {
    core = await reminderCore('2026-11-01T08:00:00Z');
    await core.call('settings.update', { leadTimesDays: [2, 1] });
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-11-10' }));
    const [early, late] = (await remindersOf(core, id)).filter((reminder) => reminder.state === 'pending');
    expect(early && late).toBeTruthy();
    const earlyAt = Date.parse(early!.fireAt);

    const shown = (await scanAt(core, new Date(earlyAt + 5 * 60_000).toISOString())).ids;
    expect(shown).toEqual([early!.id]);
    // Back an hour, then forward again through the same minutes: nothing is shown a second time.
    expect((await scanAt(core, new Date(earlyAt - 55 * 60_000).toISOString())).ids).toEqual([]);
    expect((await scanAt(core, new Date(earlyAt + 5 * 60_000).toISOString())).ids).toEqual([]);
    expect((await scanAt(core, new Date(earlyAt + 30 * 60_000).toISOString())).ids).toEqual([]);

    // The next one still comes, once, on its own day in the carrier's calendar (Kuwait).
    const lateAt = Date.parse(late!.fireAt);
    expect((await scanAt(core, new Date(lateAt - 60 * 60_000).toISOString())).ids).toEqual([]);
    expect((await scanAt(core, new Date(lateAt + 60_000).toISOString())).ids).toEqual([late!.id]);
    expect((await scanAt(core, new Date(lateAt - 30 * 60_000).toISOString())).ids).toEqual([]);
    expect((await scanAt(core, new Date(lateAt + 2 * 60_000).toISOString())).ids).toEqual([]);
    const days = [early!, late!].map((reminder) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuwait' }).format(new Date(reminder.fireAt)));
    expect(days).toEqual(['2026-11-08', '2026-11-09']);
  });
});
