// On demand, not in CI: how long the numbers list takes to first show its rows with 100 and with 10,000
// numbers (virtualized rows). `node tests/bench/list-first-paint.ts` after `npx electron-vite build`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '#core/core.ts';
import { silentLogger } from '#core/ports.ts';
import { launchBrowser, openPage } from '../e2e/support/browser.ts';
import { repoRoot } from '../e2e/support/paths.ts';

const NOW = '2026-11-25T10:00:00Z';

/** One number through the core, then copies in one transaction: UK mobiles +44 7400 000000 onwards. */
async function buildDatabase(file: string, count: number): Promise<void> {
  const core = await startCore({ databaseFile: file, clock: { now: () => new Date(NOW) }, logger: silentLogger, version: 'bench', dailyBackup: false });
  const first = await core.dispatch('numbers.create', { phone: '+44 7400 000000', timeZone: 'Europe/London', label: 'Bench 0', carrier: 'EE', expiryDate: '2026-12-01' });
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  const db = core.db;
  const columns = (db.prepare('PRAGMA table_info(numbers)').all() as { name: string }[]).map((c) => c.name).filter((name) => name !== 'id');
  const copy = db.prepare(
    `INSERT INTO numbers (${columns.join(', ')}) SELECT ${columns
      .map((name) => (name === 'e164' ? '@e164' : name === 'digits' ? '@digits' : name === 'label' ? '@label' : name === 'deadline_on' ? '@on' : name === 'deadline_ends_at' ? '@endsAt' : name))
      .join(', ')} FROM numbers WHERE id = 1`,
  );
  db.transaction(() => {
    for (let n = 1; n < count; n += 1) {
      const digits = `447400${String(n).padStart(6, '0')}`;
      const day = new Date(Date.UTC(2026, 11, 1 + (n % 300)));
      const on = day.toISOString().slice(0, 10);
      copy.run({ e164: `+${digits}`, digits, label: `Bench ${n}`, on, endsAt: new Date(day.getTime() + 86_400_000).toISOString() });
    }
  })();
  core.close();
}

async function firstPaintMs(count: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepline-bench-'));
  const file = path.join(dir, 'k.sqlite');
  await buildDatabase(file, count);
  const child = spawn(process.execPath, ['scripts/web.ts', '--db', file, '--port', '0', '--now', NOW], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Keepline web: (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser);
    page.setDefaultTimeout(120_000);
    const [base, fragment = ''] = url.split('#');
    const token = new URLSearchParams(fragment).get('token') ?? '';
    const apiStarted = Date.now();
    await fetch(new URL('api/numbers.list', base), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
    console.log(`${count} numbers: numbers.list answered in ${Date.now() - apiStarted} ms`);
    await page.goto(url);
    await page.getByRole('navigation').getByRole('button', { name: 'Numbers', exact: true }).waitFor();
    // The dashboard (and any other start-up work) has finished: the server is free for the list alone.
    await page.locator('.count-cards').waitFor();
    await page.waitForLoadState('networkidle');
    const started = Date.now();
    await page.getByRole('navigation').getByRole('button', { name: 'Numbers', exact: true }).click();
    await page.locator('.grid-body [role="row"]').first().waitFor();
    const elapsed = Date.now() - started;
    const rendered = await page.locator('.grid-body [role="row"]').count();
    console.log(`${count} numbers: list first paint ${elapsed} ms (${rendered} rows in the DOM)`);
    return elapsed;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const small = await firstPaintMs(100);
const large = await firstPaintMs(10_000);
console.log(`10,000 / 100: ${(large / small).toFixed(1)}x`);
