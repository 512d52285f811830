// Started by the crash test: writes events as fast as it can until it is killed.
import { startCore } from '#core/core.ts';
import { silentLogger, systemClock } from '#core/ports.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: endless-writer.ts FILE');
const core = await startCore({ databaseFile: file, clock: systemClock, logger: silentLogger, version: 'test' });
const first = await core.dispatch('numbers.list', {});
let ids = first.ok ? (first.value as { items: { id: number }[] }).items.map((n) => n.id) : [];
if (ids.length === 0) {
  const created = await core.dispatch('numbers.create', {
    phone: '+965 6000 1234', timeZone: 'Asia/Kuwait', billingPeriod: { count: 30, unit: 'days' }, expiryDate: '2026-01-01',
    rules: [{ kind: 'fee' }, { kind: 'activity', every: { count: 90, unit: 'days' }, counts: ['renewal'], lastOn: '2026-01-01' }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  ids = [(created.value as { id: number }).id];
}
process.stdout.write('ready\n');
for (;;) {
  const result = await core.dispatch('events.record', { numberId: ids[0], kind: 'renewal', note: 'x'.repeat(2000) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}
