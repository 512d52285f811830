// Started by the crash test: records activity on 200 numbers at once (one bulk transaction, in the job
// worker as the app runs it), again and again until it is killed.
import { startCore } from '#core/core.ts';
import { silentLogger, systemClock } from '#core/ports.ts';

const NUMBERS = 200;
const file = process.argv[2];
if (!file) throw new Error('usage: bulk-writer.ts FILE');
const core = await startCore({ databaseFile: file, clock: systemClock, logger: silentLogger, version: 'test', dailyBackup: false, jobs: 'worker' });
const listed = await core.dispatch('numbers.ids', {});
const ids = listed.ok ? (listed.value as { ids: number[] }).ids : [];
if (ids.length === 0) {
  for (let i = 0; i < NUMBERS; i += 1) {
    const created = await core.dispatch('numbers.create', { phone: `+965 6000 ${String(1000 + i)}`, timeZone: 'Asia/Kuwait', expiryDate: '2026-01-01' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    ids.push((created.value as { id: number }).id);
  }
}
const recordAll = async () => {
  const result = await core.dispatch('events.recordMany', { numberIds: ids, activityType: 'sms', note: 'x'.repeat(500) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
};
// One whole bulk first (the worker started and warm): the kill then lands among the bulks that follow.
await recordAll();
process.stdout.write('ready\n');
for (;;) await recordAll();
