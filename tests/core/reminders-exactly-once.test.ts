// Exactly once: a 3-day sleep is caught up in one summary; scans at once, in one process or two, and a
// process killed mid-scan never show a reminder twice and lose none.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { numberInput, tempDir, testCore, type TestCore } from './support/test-core.ts';
import { reminderCore, scanAt } from './support/reminder-core.ts';
import { everyReminder } from '#core/reminders/reminders-repo.ts';

const scanner = path.join(import.meta.dirname, 'support', 'reminder-scanner.ts');
let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/** `count` Kuwaiti numbers with deadlines a day apart from `firstOn`. */
async function numbers(target: TestCore, count: number, firstOn: string): Promise<void> {
  const first = Date.parse(`${firstOn}T00:00:00Z`);
  for (let i = 0; i < count; i += 1) {
    const expiryDate = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    await target.call('numbers.create', numberInput({ phone: `+965 6${String(1_000_000 + i)}`, label: `Line ${i}`, expiryDate }));
  }
}

function shownRows(file: string): { id: number; state: string; shown_count: number; fire_at: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return everyReminder(db).map(({ id, state, shown_count, fire_at }) => ({ id, state, shown_count, fire_at }));
  } finally {
    db.close();
  }
}

function start(file: string, args: string[]): { child: ChildProcess; ready: Promise<void>; output: () => string; exited: Promise<void> } {
  const child = spawn(process.execPath, [scanner, file, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) resolve();
    });
    child.once('exit', () => reject(new Error(`scanner exited early: ${errors}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, output: () => out, exited };
}

const idsIn = (output: string) =>
  output.split('\n').filter((line) => line.startsWith('shown ')).flatMap((line) => line.slice(6).split(',').filter(Boolean).map(Number));

describe('catch-up after sleep', () => {
  it('a 3-day clock jump yields one summary listing each missed reminder, and nothing after', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    await core.call('settings.update', { leadTimesDays: [1, 0] });
    await numbers(core, 3, '2026-11-03');
    expect((await scanAt(core, '2026-11-01T12:05:00Z')).ids).toEqual([]);
    const { result } = await scanAt(core, '2026-11-04T12:05:00Z');
    expect(result.notices).toHaveLength(1);
    const [summary] = result.notices;
    expect(summary).toMatchObject({ type: 'summary', reason: 'away', numberId: null, title: 'Keepline: 5 reminders' });
    expect(summary!.body).toMatch(/^5 reminders while Keepline was closed: Line 0 · \+965 6100 0000; /);
    const due = shownRows(core.file).filter((row) => row.fire_at <= '2026-11-04T12:05:00.000Z');
    expect([...summary!.reminderIds].sort((a, b) => a - b)).toEqual(due.map((row) => row.id));
    // It names the first four, by due time; the fifth is counted.
    expect(summary!.reminders.map((r) => r.id)).toEqual(summary!.reminderIds.slice(0, 4));
    expect(summary!.body).toMatch(/ and 1 more$/);
    expect((await scanAt(core, '2026-11-04T12:10:00Z')).ids).toEqual([]);
    const inbox = await core.call('reminders.inbox', {});
    expect(inbox).toMatchObject({ unacknowledged: 5 });
  });
});

describe('scans at the same time', () => {
  it('two scans in one process show each reminder once', async () => {
    core = await reminderCore('2026-11-01T12:00:00Z');
    await numbers(core, 6, '2026-11-03');
    core.clock.set('2026-11-05T00:00:00Z');
    const other = await testCore('2026-11-05T00:00:00Z', core.dir);
    try {
      const results = await Promise.all([core.call('reminders.scan', {}), other.call('reminders.scan', {}), core.call('reminders.scan', {})]);
      const ids = results.flatMap((result) => result.notices.flatMap((notice) => notice.reminderIds));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
      expect(shownRows(core.file).every((row) => row.shown_count <= 1)).toBe(true);
    } finally {
      other.close();
    }
  });

  it('two processes scanning the same file at once show each reminder once, and together all of them', async () => {
    const dir = tempDir();
    core = await testCore('2026-10-01T12:00:00Z', dir);
    await numbers(core, 60, '2026-11-01');
    const at = '2026-12-01T00:00:00Z';
    const a = start(core.file, ['once', at]);
    const b = start(core.file, ['once', at]);
    await Promise.all([a.ready, b.ready]);
    a.child.stdin!.write('go\n');
    b.child.stdin!.write('go\n');
    await Promise.all([a.exited, b.exited]);
    const fromA = idsIn(a.output());
    const fromB = idsIn(b.output());
    expect(fromA.filter((id) => fromB.includes(id))).toEqual([]);
    const due = shownRows(core.file).filter((row) => row.fire_at <= '2026-12-01T00:00:00.000Z');
    expect([...fromA, ...fromB].sort((x, y) => x - y)).toEqual(due.map((row) => row.id));
    expect(due.every((row) => row.state === 'shown' && row.shown_count === 1)).toBe(true);
  }, 30_000);
});

describe('a scanning process killed mid-scan', () => {
  it('a second process shows nothing twice and loses nothing, round after round', async () => {
    for (let round = 0; round < 5; round += 1) {
      const dir = tempDir();
      const setup = await testCore('2026-01-01T12:00:00Z', dir);
      await numbers(setup, 80, '2026-02-01');
      setup.close();
      const file = path.join(dir, 'keepline.sqlite');

      const walker = start(file, ['walk', '2026-01-01T12:00:00Z', '6']);
      await walker.ready;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 200)));
      walker.child.kill('SIGKILL');
      await walker.exited;
      const shownByFirst = idsIn(walker.output());

      const end = '2026-06-01T00:00:00Z';
      const second = await testCore(end, dir);
      const { ids: shownBySecond } = await scanAt(second, end);
      second.close();

      expect(shownBySecond.filter((id) => shownByFirst.includes(id))).toEqual([]);
      const rows = shownRows(file);
      expect(rows.length).toBe(80 * 4);
      // Nothing lost: every reminder is shown (in the inbox and banner at least), none twice.
      expect(rows.filter((row) => row.state !== 'shown' || row.shown_count !== 1)).toEqual([]);
      expect(shownByFirst.every((id) => rows.some((row) => row.id === id))).toBe(true);
    }
  }, 90_000);
});
