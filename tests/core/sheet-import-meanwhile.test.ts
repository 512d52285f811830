// A number added while an import's backup runs (the window stays responsive meanwhile) is updated or
// skipped like any number that was there before, never inserted twice.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { numberInput, testCore, type TestCore } from './support/test-core.ts';

let core: TestCore;
afterEach(() => core?.close());

function sheet(from: number, rows: number): string {
  const lines = ['phone,label,expiry'];
  for (let i = from; i < from + rows; i += 1) lines.push(`+965 6${String(i).padStart(7, '0')},line ${i},2027-01-15`);
  return lines.join('\n');
}

const importOf = (from: number, rows: number, existing: 'update' | 'skip') => ({
  fileName: 'numbers.csv', content: sheet(from, rows), encoding: 'text' as const, defaultCountry: 'KW', existing,
});

async function untilBackupRuns(dir: string): Promise<void> {
  for (let turn = 0; turn < 10_000; turn += 1) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.endsWith('.partial'))) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the import never started its backup');
}

for (const existing of ['update', 'skip'] as const) {
  it(`${existing}s a number added while the import's backup ran, never inserting it twice`, async () => {
    core = await testCore();
    // A file of some size, so the backup takes several steps with the event loop free between them.
    await core.call('import.sheetCommit', importOf(0, 3_000, 'skip'));
    const importing = core.call('import.sheetCommit', importOf(5_000, 50, existing));
    await untilBackupRuns(path.join(core.dir, 'backups'));
    await core.call('numbers.create', numberInput({ phone: '+965 60005010', label: 'added meanwhile' }));

    const result = await importing;
    expect(result).toMatchObject(existing === 'update' ? { created: 49, updated: 1, skipped: 0 } : { created: 49, updated: 0, skipped: 1 });
    const { items, total } = await core.call('numbers.list', { search: '60005010' });
    expect(total).toBe(1);
    expect(items[0]!.label).toBe(existing === 'update' ? 'line 5010' : 'added meanwhile');
  });
}
