import type { Output } from '#shared/contract.ts';
import { testCore, type TestCore } from './test-core.ts';

/** A test core whose clock also names the user's zone (quiet hours, "this evening"). */
export async function reminderCore(nowIso: string, userZone = 'Europe/Berlin', dir?: string): Promise<TestCore> {
  const core = await testCore(nowIso, dir);
  Object.assign(core.clock, { zone: () => userZone });
  return core;
}

/** Moves the clock and runs the due-scan; returns the ids of every reminder it showed, and the result. */
export async function scanAt(core: TestCore, iso: string): Promise<{ ids: number[]; result: Output<'reminders.scan'> }> {
  core.clock.set(iso);
  const result = await core.call('reminders.scan', {});
  return { ids: result.notices.flatMap((notice) => notice.reminderIds), result };
}

export async function remindersOf(core: TestCore, numberId: number) {
  return (await core.call('reminders.list', { numberId })).items;
}
