// Started by the reminder process tests: a second Keepline process scanning the same database file.
//   once ISO        waits for a line on stdin, scans once at ISO, prints the claimed ids, exits
//   walk ISO HOURS  scans again and again, moving its clock HOURS forward each time, printing what each
//                   scan claimed once it has committed (as a notifier would show it), until it is killed
import { startCore } from '#core/core.ts';
import { silentLogger } from '#core/ports.ts';
import type { ScanResult } from '#shared/reminders.ts';

const [file, mode, startIso, stepHours] = process.argv.slice(2);
if (!file || !mode || !startIso) throw new Error('usage: reminder-scanner.ts FILE once|walk ISO [HOURS]');
let now = new Date(startIso);
const core = await startCore({ databaseFile: file, clock: { now: () => new Date(now) }, logger: silentLogger, version: 'test' });

async function scan(): Promise<number[]> {
  const result = await core.dispatch('reminders.scan', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as ScanResult).notices.flatMap((notice) => notice.reminderIds);
}

if (mode === 'once') {
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdout.write(`shown ${(await scan()).join(',')}\n`);
  core.close();
  process.exit(0);
} else {
  process.stdout.write('ready\n');
  for (;;) {
    const ids = await scan();
    if (ids.length > 0) process.stdout.write(`shown ${ids.join(',')}\n`);
    now = new Date(now.getTime() + Number(stepHours ?? 12) * 3_600_000);
  }
}
