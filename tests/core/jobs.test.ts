// Long work as jobs: in a worker thread (the app's and the web server's setting), with progress, cancel,
// the main thread answering meanwhile, writes refused rather than waited for, and secrets still readable.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '#shared/jobs.ts';
import { testCore, numberInput, tempDir, type TestCore } from './support/test-core.ts';

let core: TestCore;
afterEach(() => core?.close());

/** A spreadsheet of `rows` Kuwaiti numbers, each with an expiry date and a monthly cost. */
function sheet(rows: number): string {
  const lines = ['phone,carrier,expiry,cost,currency,period'];
  for (let i = 0; i < rows; i += 1) lines.push(`+965 6${String(i).padStart(7, '0')},Zain,2027-01-${String((i % 28) + 1).padStart(2, '0')},3.500,KWD,1 month`);
  return lines.join('\n');
}

const importOf = (rows: number) => ({ fileName: 'numbers.csv', content: sheet(rows), encoding: 'text' as const, defaultCountry: 'KW' });

async function statusOf(jobId: string): Promise<JobStatus> {
  return core.call('jobs.status', { jobId });
}

/** Polls until `until` holds for the job's status (or it has ended), and returns that status. */
async function watch(jobId: string, until: (status: JobStatus) => boolean): Promise<JobStatus> {
  for (;;) {
    const status = await statusOf(jobId);
    if (until(status) || !['queued', 'running'].includes(status.state)) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const count = () => (core.db.prepare('SELECT count(*) AS n FROM numbers').get() as { n: number }).n;

describe('jobs in a worker thread', () => {
  it('imports with progress and hands out the answer once', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    const { jobId } = await core.call('jobs.start', { method: 'import.sheetCommit', input: importOf(4000) });
    const seen: JobStatus[] = [];
    const final = await watch(jobId, (status) => {
      seen.push(status);
      return status.state === 'done';
    });
    expect(final).toMatchObject({ state: 'done', done: 4000, total: 4000, error: null });
    expect(final.result).toMatchObject({ created: 4000, updated: 0, skipped: 0, invalid: 0 });
    expect(seen.some((status) => status.state === 'running' && status.done > 0 && status.done < 4000)).toBe(true);
    const dones = seen.map((status) => status.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(count()).toBe(4000);
    // The answer (an export can be large) is not kept once read.
    expect((await statusOf(jobId)).result).toBeNull();
  });

  it('keeps answering reads during an import, refuses writes at once, and a cancel changes nothing', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    await core.call('numbers.create', numberInput({ phone: '+965 9999 0000' }));
    const { jobId } = await core.call('jobs.start', { method: 'import.sheetCommit', input: importOf(12000) });
    const writing = await watch(jobId, (status) => status.done > 0);
    expect(writing.state).toBe('running');

    const list = await core.call('numbers.list', {});
    expect(list.items.map((item) => item.e164)).toEqual(['+96599990000']);
    const refused = await core.fail('numbers.create', numberInput({ phone: '+965 9999 0001' }));
    expect(refused.code).toBe('busy');
    expect(refused.message).toMatch(/busy with an import or a change to many numbers; nothing was changed/);
    expect(await core.fail('backups.restore', { name: 'anything.sqlite' })).toMatchObject({ code: 'busy' });

    const cancelling = await core.call('jobs.cancel', { jobId });
    expect(cancelling.jobId).toBe(jobId);
    const final = await watch(jobId, () => false);
    expect(final).toMatchObject({ state: 'cancelled', result: null, error: { code: 'cancelled' } });
    expect(count()).toBe(1);
    // The backup taken before the import is there, and writes work again.
    expect(fs.readdirSync(`${core.dir}/backups`).some((name) => name.includes('before-import'))).toBe(true);
    await core.call('numbers.create', numberInput({ phone: '+965 9999 0001' }));
    expect(count()).toBe(2);
  });

  it('checks a preview’s rows with progress, and a cancelled preview (or an import still checking) stops there', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    const preview = await core.call('jobs.start', { method: 'import.sheetPreview', input: importOf(3000) });
    const checking = await watch(preview.jobId, (status) => status.done > 0 && status.done < 3000);
    expect(checking).toMatchObject({ state: 'running', total: 3000 });
    await core.call('jobs.cancel', { jobId: preview.jobId });
    expect(await watch(preview.jobId, () => false)).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });

    const done = await core.call('jobs.start', { method: 'import.sheetPreview', input: importOf(300) });
    expect(await watch(done.jobId, () => false)).toMatchObject({ state: 'done', done: 300, total: 300 });

    // Cancelled as soon as it runs (its rows still being checked, or already being written): nothing written.
    const commit = await core.call('jobs.start', { method: 'import.sheetCommit', input: importOf(3000) });
    await watch(commit.jobId, (status) => status.state === 'running');
    await core.call('jobs.cancel', { jobId: commit.jobId });
    expect(await watch(commit.jobId, () => false)).toMatchObject({ state: 'cancelled' });
    expect(count()).toBe(0);
  });

  it('records activity on a whole selection in the worker with progress, refusing other writes meanwhile; a cancel changes nothing', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    await core.call('import.sheetCommit', importOf(2500));
    const numberIds = core.db.prepare('SELECT id FROM numbers ORDER BY id').pluck().all() as number[];
    const events = () => core.db.prepare("SELECT count(*) FROM events WHERE kind = 'activity'").pluck().get();
    const revisions = () => core.db.prepare('SELECT sum(revision) FROM numbers').pluck().get();
    const revisionsBefore = revisions();

    const cancelled = await core.call('jobs.start', { method: 'events.recordMany', input: { numberIds, activityType: 'sms' } });
    const midway = await watch(cancelled.jobId, (status) => status.done > 0 && status.done < 2500);
    expect(midway).toMatchObject({ state: 'running', total: 2500 });
    expect((await core.call('numbers.list', { limit: 5 })).items).toHaveLength(5);
    expect(await core.fail('numbers.create', numberInput({ phone: '+965 9999 0001' }))).toMatchObject({ code: 'busy' });
    await core.call('jobs.cancel', { jobId: cancelled.jobId });
    expect(await watch(cancelled.jobId, () => false)).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    expect(events()).toBe(0);
    expect(revisions()).toBe(revisionsBefore);

    const seen: JobStatus[] = [];
    const recorded = await core.call('jobs.start', { method: 'events.recordMany', input: { numberIds, activityType: 'sms' } });
    const final = await watch(recorded.jobId, (status) => {
      seen.push(status);
      return status.state === 'done';
    });
    expect(final).toMatchObject({ state: 'done', done: 2500, total: 2500, result: { changed: 2500 } });
    expect(seen.some((status) => status.done > 0 && status.done < 2500)).toBe(true);
    expect(events()).toBe(2500);
    expect(revisions()).toBe((revisionsBefore as number) + 2500);
    // A direct call runs there too, and its answer is the same.
    expect(await core.call('numbers.bulkTag', { ids: numberIds, tag: 'fleet' })).toEqual({ changed: 2500 });
    expect(core.db.prepare(`SELECT count(*) FROM numbers WHERE tags LIKE '%"fleet"%'`).pluck().get()).toBe(2500);
  });

  it('re-plans every number for new lead times in the worker: the answer waits for it, the main thread does not', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    await core.call('import.sheetCommit', importOf(2500));
    // Planned on the main thread once the import has committed, a hundred numbers at a time.
    await core.plansSettled();
    const leads = () => core.db.prepare("SELECT DISTINCT offset_days FROM reminders WHERE kind = 'lead' AND state = 'pending' ORDER BY offset_days").pluck().all();
    expect(leads()).toEqual([-30, -7, -1, 0]);

    let saved = false;
    const saving = core.call('settings.update', { leadTimesDays: [10, 2] }).then(() => (saved = true));
    const answered: boolean[] = [];
    while (!saved) {
      answered.push((await core.call('numbers.list', { limit: 1 })).total === 2500);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await saving;
    // Read while the worker re-planned, not queued behind it.
    expect(answered.length).toBeGreaterThan(3);
    expect(answered.every(Boolean)).toBe(true);
    expect(leads()).toEqual([-10, -2]);
    expect(core.db.prepare("SELECT count(*) FROM reminders WHERE kind = 'lead' AND state = 'pending'").pluck().get()).toBe(5000);
    // Planned already: asked again, it has nothing to do.
    expect(await core.call('reminders.replanAll', {})).toEqual({ replanned: 0 });
  });

  it('restores with the checks and the safety backup in the worker, answering meanwhile', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    await core.call('import.sheetCommit', importOf(3000));
    const backup = await core.call('backups.create', {});
    await core.call('numbers.create', numberInput({ phone: '+965 9999 0000' }));
    expect(count()).toBe(3001);

    let restored = false;
    const restoring = core.call('backups.restore', { name: backup.name }).then((answer) => {
      restored = true;
      return answer;
    });
    const answered: number[] = [];
    const seen: { method: string; done: number; total: number | null }[] = [];
    while (!restored) {
      answered.push((await core.call('app.info', {})) ? 1 : 0);
      // What the settings page shows meanwhile: the restore's checks, as the job running now.
      const { job } = await core.call('jobs.current', {});
      if (job) seen.push({ method: job.method, done: job.done, total: job.total });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const answer = await restoring;
    expect(answered.length).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((status) => status.method))).toEqual(new Set(['backups.prepareRestore']));
    // Pages of the safety backup copied, of how many: never more than there are.
    expect(seen.every((status) => status.total === null || status.done <= status.total)).toBe(true);
    expect((await core.call('jobs.current', {})).job).toBeNull();
    expect(answer).toMatchObject({ restored: backup.name, damagedKeptAt: null });
    expect(answer.safetyBackup).toMatch(/before-restore/);
    expect(count()).toBe(3000);
    // The state replaced, number 3,001 included, is in the safety backup the worker took.
    const list = await core.call('backups.list', {});
    expect(list.items.find((item) => item.name === answer.safetyBackup)?.reason).toBe('before-restore');
    const safety = new Database(`${core.dir}/backups/${answer.safetyBackup}`, { readonly: true });
    try {
      expect(safety.prepare('SELECT count(*) FROM numbers').pluck().get()).toBe(3001);
    } finally {
      safety.close();
    }
  });

  it('runs a direct call of a long method in the worker too, and the worker reaches the secrets cipher', async () => {
    core = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-20' }));
    await core.call('secrets.set', { numberId: id, kind: 'puk', value: '12345678' });
    const exported = await core.call('export.json', { includeSecrets: true, confirmSecrets: true });
    expect(exported.content).toContain('12345678');

    const fresh = await testCore('2026-11-25T12:00:00Z', tempDir(), 'worker');
    try {
      const imported = await fresh.call('import.json', { content: exported.content });
      expect(imported).toMatchObject({ created: 1 });
      const [item] = (await fresh.call('numbers.list', {})).items;
      expect(await fresh.call('secrets.reveal', { numberId: item!.id, kind: 'puk' })).toEqual({ value: '12345678' });
      const calendar = await fresh.call('export.calendar', {});
      expect(calendar.content).toContain('BEGIN:VEVENT');
      const backup = await fresh.call('backups.create', {});
      expect(fs.existsSync(`${fresh.dir}/backups/${backup.name}`)).toBe(true);
    } finally {
      fresh.close();
    }
  });
});

describe('jobs, wherever they run', () => {
  it("checks the job's own input at once and names the field", async () => {
    core = await testCore();
    const error = await core.fail('jobs.start', { method: 'import.sheetCommit', input: { fileName: 'x.csv', content: '', encoding: 'text' } });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'input.content', reason: 'required' });
    expect(await core.fail('jobs.start', { method: 'numbers.delete', input: { id: 1 } })).toMatchObject({ code: 'invalid_input', field: 'method' });
    expect(await core.fail('jobs.status', { jobId: 'job-999' })).toMatchObject({ code: 'not_found', message: 'That task does not exist (any more).' });
  });

  it('reports a failing job with the error, in the language it was started in', async () => {
    core = await testCore();
    const { jobId } = await core.call('jobs.start', { method: 'import.json', input: { content: '{"not":"keepline"}' } }, 'zh-CN');
    const final = await watch(jobId, () => false);
    expect(final.state).toBe('failed');
    expect(final.error?.code).toBe('invalid_input');
    expect(final.error?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
