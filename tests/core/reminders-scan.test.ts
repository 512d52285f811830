// The due-scan's quick path (issue 8): a scan that finds nothing due writes nothing, and still sees what
// another Keepline process changed in the same file (a pause, new lead times).
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';
import { reminderCore, remindersOf, scanAt } from './support/reminder-core.ts';

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function open(...args: Parameters<typeof reminderCore>): Promise<TestCore> {
  const core = await reminderCore(...args);
  cores.push(core);
  return core;
}

describe('scans with nothing due', () => {
  it('write nothing to the file, and the next reminder that comes due is shown once, as shown', async () => {
    const core = await open('2026-11-20T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    await scanAt(core, '2026-11-20T12:05:00Z');

    const other = new Database(core.file, { readonly: true });
    const version = () => other.pragma('data_version', { simple: true });
    const before = version();
    for (let minute = 10; minute < 60; minute += 5) expect((await scanAt(core, `2026-11-20T12:${minute}:00Z`)).ids).toEqual([]);
    expect(version()).toBe(before);
    other.close();

    const { result } = await scanAt(core, week.fireAt);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]!.reminders[0]).toMatchObject({ id: week.id, state: 'shown', shownAt: '2026-11-25T21:00:00.000Z' });
    expect((await scanAt(core, week.fireAt)).ids).toEqual([]);
  });

  it('see a pause and new lead times that another process wrote', async () => {
    const core = await open('2026-11-20T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    await scanAt(core, '2026-11-20T12:05:00Z');

    const other = await testCore('2026-11-25T20:50:00Z', core.dir);
    cores.push(other);
    await other.call('reminders.pause', { minutes: 60 });
    // Nothing due yet, but paused: the scan says so.
    expect((await scanAt(core, '2026-11-25T20:55:00Z')).result).toMatchObject({ heldBy: 'pause', heldUntil: '2026-11-25T21:50:00.000Z' });
    const held = await scanAt(core, '2026-11-25T21:00:00Z');
    expect(held.result).toMatchObject({ heldBy: 'pause', heldUntil: '2026-11-25T21:50:00.000Z', notices: [] });
    expect((await scanAt(core, '2026-11-25T21:50:00Z')).ids).toHaveLength(1);

    // The other process plans for one day ahead; this one's next scan plans for its own lead times again,
    // so the day-ahead reminder never fires from here.
    await other.call('settings.update', { leadTimesDays: [1] });
    expect((await remindersOf(core, number.id)).filter((r) => r.state === 'pending').map((r) => r.offsetDays)).toEqual([-1]);
    await scanAt(core, '2026-11-25T22:00:00Z');
    expect((await remindersOf(core, number.id)).filter((r) => r.state === 'pending')).toEqual([]);
    expect((await scanAt(core, '2026-12-02T21:00:00Z')).ids).toEqual([]);
  });

  it('remember when the next reminder falls due, yet see at once what this or another connection changed', async () => {
    const core = await open('2026-11-20T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [7] });
    const number = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-03' }));
    const week = (await remindersOf(core, number.id)).find((r) => r.offsetDays === -7)!;
    for (const minute of ['05', '06']) expect((await scanAt(core, `2026-11-20T12:${minute}:00Z`)).ids).toEqual([]);

    // Another connection (a job's worker, another process) brings the reminder forward: the next scan shows it.
    const other = new Database(core.file);
    other.prepare("UPDATE reminders SET due_at = '2026-11-20T12:07:00.000Z' WHERE id = ?").run(week.id);
    other.close();
    expect((await scanAt(core, '2026-11-20T12:10:00Z')).ids).toEqual([week.id]);

    // This connection snoozes it to a time before anything else falls due: shown again then, not before.
    await core.call('reminders.snooze', { id: week.id, preset: 'until', until: '2026-11-20T13:00:00Z' });
    expect((await scanAt(core, '2026-11-20T12:55:00Z')).ids).toEqual([]);
    expect((await scanAt(core, '2026-11-20T13:00:00Z')).ids).toEqual([week.id]);
  });
});
