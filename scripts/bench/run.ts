// `npm run bench [-- --quick]`: builds data sets in a temp folder with a fixed seed and prints, per path,
// the median of the app path and of its raw baseline measured side by side, and their ratio.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import ical from 'ical-generator';
import Papa from 'papaparse';
import type Database from 'better-sqlite3';
import { addEvents, buildNumbers, clock } from './dataset.ts';
import { dispatchOn as dispatchIn, must } from './dispatch.ts';
import { benchDueScan, planReminders } from './due-scan.ts';
import { benchImport } from './import-path.ts';
import { benchRecording } from './recording.ts';
import { compare, medianTime, note } from './measure.ts';
import { benchSpending } from './spending-path.ts';
import { benchUiPaint } from './ui-paint.ts';
import { LIST_PAGE_SIZE } from '#shared/number-list.ts';
import { DASHBOARD_HORIZON_DAYS, DASHBOARD_URGENT_COUNT } from '#shared/dashboard.ts';
import { NEAR_DAYS_LEFT, ZONES_IN_USE } from '#core/db/near-deadlines.ts';
import { todayIn } from '#core/domain/dates.ts';
import { horizonAfter } from '#core/db/number-list-query.ts';
import { openDatabase } from '#core/db/open.ts';
import { silentLogger } from '#core/ports.ts';
import { SUMMARY_COLUMNS } from '#core/records/views.ts';
import { benchResponsiveness } from './responsiveness.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const NUMBERS = quick ? 1_000 : 10_000;
const EVENTS = quick ? 20_000 : 1_000_000;
const EXPORT_EVENTS = quick ? 10_000 : 100_000;
const IMPORT_ROWS = quick ? 1_000 : 10_000;
const ROUNDS = quick ? 3 : 7;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepline-bench-'));

const dispatchOn = (db: Database.Database, file: string) => dispatchIn(dir, db, file);

console.log(`Keepline bench (${quick ? 'quick' : 'full'}): ${NUMBERS} numbers, ${EVENTS} events, ${ROUNDS} rounds, in ${dir}`);
let started = performance.now();
const big = await buildNumbers(dir, NUMBERS);
addEvents(big.db, big.ids, EVENTS);
big.db.pragma('wal_checkpoint(TRUNCATE)');
note('build data set', `${((performance.now() - started) / 1000).toFixed(1)} s`);
const dispatch = dispatchOn(big.db, big.file);

// What the list asks for its first screen (a page, and how many match), beside one indexed SELECT of the same rows.
const firstScreen = big.db.prepare(`SELECT * FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL ORDER BY deadline_ends_at, id LIMIT ${LIST_PAGE_SIZE}`);
await compare('list: the first screen of numbers', 2, ROUNDS,
  () => must(dispatch, 'numbers.list', { limit: LIST_PAGE_SIZE }),
  () => firstScreen.all(),
  { repeat: 10 });
// The start page: counts, the 90-day timeline (at most a few numbers a day, the rest counted) and the most
// urgent numbers, beside one indexed SELECT of as many rows as it sends. Loaded again with nothing written
// and no day begun, the page read before still holds (start-page-memo.ts).
const startPage = (await must(dispatch, 'dashboard.summary', {})) as { upcoming: unknown[]; urgent: unknown[] };
const startPageRows = big.db.prepare(`SELECT * FROM numbers WHERE archived = 0 AND deadline_ends_at > ? ORDER BY deadline_ends_at, id LIMIT ${startPage.upcoming.length + startPage.urgent.length}`);
await compare('dashboard: the start page, loaded again', 2, ROUNDS,
  () => must(dispatch, 'dashboard.summary', {}),
  () => startPageRows.all(clock.now().toISOString()),
  { repeat: 3 });
// The same right after one number's deadline was written (a renewal recorded), and after 600 were (an import,
// a bulk edit): any write makes the next load read afresh; what differs is how much of the file the write
// left in the WAL.
const rewriteDeadline = big.db.prepare('UPDATE numbers SET deadline_on = deadline_on WHERE id >= ? AND id < ?');
// A write before each run rules out `repeat`: single runs of a few milliseconds take more samples instead,
// so that one garbage collection does not move the median (7 samples once read 2.05x, 30 read 1.5x).
const SINGLE_RUN_SAMPLES = ROUNDS * 5;
await compare("dashboard: the start page after one number's deadline changed", 2, SINGLE_RUN_SAMPLES,
  () => must(dispatch, 'dashboard.summary', {}),
  () => startPageRows.all(clock.now().toISOString()),
  { before: () => rewriteDeadline.run(big.ids[0], big.ids[0]! + 1) });
// Read afresh, no version can skip reading each number near its deadline (its days left, counted in its
// calendar: here one value a row, worked out by SQLite, and the zones in use, to name those not on UTC's day),
// what the timeline's marks show, the five most urgent, and its counts of lapsed and active numbers.
const nearZones = big.db.prepare(ZONES_IN_USE).pluck();
const nearDays = big.db.prepare(NEAR_DAYS_LEFT).pluck();
// Which zones are ahead of or behind UTC's day is worked out once, before the clock starts: not a read.
const utcToday = Date.parse(clock.now().toISOString().slice(0, 10));
const zoneDays = (nearZones.all() as string[]).map((zone) => [zone, Date.parse(todayIn(zone, clock.now()))] as const);
const zonesOff = (off: (day: number) => boolean) => JSON.stringify(zoneDays.filter(([, day]) => off(day)).map(([zone]) => zone));
const offUtcDay = { ahead: zonesOff((day) => day > utcToday), behind: zonesOff((day) => day < utcToday) };
const markRows = big.db.prepare('SELECT id, e164, label, deadline_on FROM numbers WHERE id IN (SELECT value FROM json_each(?))');
const urgentRows = big.db.prepare(`SELECT ${SUMMARY_COLUMNS.join(', ')} FROM numbers WHERE archived = 0 AND deadline_ends_at IS NOT NULL AND number_lost_at > ? ORDER BY deadline_ends_at, id LIMIT ${DASHBOARD_URGENT_COUNT}`);
const lapsedCount = big.db.prepare('SELECT count(*), sum(number_lost_at <= @now) FROM numbers WHERE archived = 0 AND deadline_ends_at <= @now').raw();
const activeCount = big.db.prepare('SELECT count(*) FROM numbers WHERE archived = 0').pluck();
const drawnIds = JSON.stringify((startPage.upcoming as { id: number }[]).map((row) => row.id));
await compare('dashboard: the start page read afresh (first load)', 2, SINGLE_RUN_SAMPLES,
  () => must(dispatch, 'dashboard.summary', {}),
  () => startPageRows.all(clock.now().toISOString()),
  {
    before: () => rewriteDeadline.run(big.ids[0], big.ids[0]! + 600),
    floors: [
      {
        label: 'its reads alone (near, zones, marks, urgent, 2 counts)',
        run: () => {
          const now = clock.now().toISOString();
          nearZones.all();
          nearDays.all({ now, horizon: horizonAfter(clock.now(), DASHBOARD_HORIZON_DAYS), utcToday: utcToday / 1000, ...offUtcDay });
          markRows.all(drawnIds);
          urgentRows.all(now);
          lapsedCount.get({ now });
          activeCount.get();
        },
      },
    ],
  });
// The tray's state, which the shell asks after every scan.
note('tray state (after every scan)', `${(await medianTime(() => must(dispatch, 'reminders.trayState', {}), ROUNDS, 3)).toFixed(2)} ms`);

await benchSpending(big.db, dispatch, EVENTS, ROUNDS);
// The history page over every event, filtered as its controls filter (no goal of the issue's; printed to
// watch): a page of 50 and how many match.
for (const filter of [{}, { kinds: ['activity'] }, { kinds: ['payment_failed'] }, { owner: 'Dana' }, { country: 'GB', kinds: ['renewal'], from: '2025-01-01' }]) {
  const time = await medianTime(() => must(dispatch, 'history.list', filter), ROUNDS);
  note(`history page of ${EVENTS} events, ${JSON.stringify(filter)}`, `${time.toFixed(1)} ms`);
}
// The spending page's other breakdowns, each one pass over every payment by number (the 50 largest lines sent).
for (const group of ['byNumber', 'byCountry', 'byOwner'] as const) {
  const time = await medianTime(() => must(dispatch, 'spending.summary', { group }), ROUNDS);
  note(`spending ${group.replace('by', 'by ').toLowerCase()} over ${EVENTS} events`, `${time.toFixed(1)} ms`);
}
// Pages that read every number once, on the core's thread (no goal of the issue's; printed to watch).
note(`spending forecast, 12 months of ${NUMBERS} numbers`, `${(await medianTime(() => must(dispatch, 'spending.forecast', {}), ROUNDS)).toFixed(1)} ms`);
note(`carrier sessions of ${NUMBERS} numbers`, `${(await medianTime(() => must(dispatch, 'carriers.sessions', {}), ROUNDS)).toFixed(1)} ms`);

// The reminder due-scan: the first scan plans every number (4 lead times, and grace), then the timed ones.
started = performance.now();
await planReminders(dispatch);
note('plan the reminders of the data set', `${((performance.now() - started) / 1000).toFixed(1)} s`);
await benchDueScan(big.db, dispatch, (at) => dispatchIn(dir, big.db, big.file, at), NUMBERS, ROUNDS);

// Recording events, once every number's reminders are planned as in the app.
await benchRecording(big.db, dispatch, ROUNDS * 3);

await benchImport(dir, IMPORT_ROWS, quick ? 3 : 5);

// Exports on their own data set of EXPORT_EVENTS events.
const medium = await buildNumbers(fs.mkdtempSync(path.join(dir, 'export-')), Math.min(NUMBERS, 10_000));
addEvents(medium.db, medium.ids, EXPORT_EVENTS);
const mediumDispatch = dispatchOn(medium.db, medium.file);
const eventRows = medium.db.prepare('SELECT e.*, n.e164, n.label FROM events e JOIN numbers n ON n.id = e.number_id ORDER BY e.occurred_on, e.id').all() as Record<string, unknown>[];
const eventCells = eventRows.map((row) => [row.e164, row.label, row.kind, row.occurred_on, row.amount_minor, row.currency, row.activity_type, row.method, row.reason, row.note, row.source, row.recorded_at]);
await compare(`export ${EXPORT_EVENTS} events to CSV`, 1.5, ROUNDS,
  () => must(mediumDispatch, 'export.historyCsv', {}),
  () => Papa.unparse(eventCells));

const deadlineRows = medium.db.prepare('SELECT * FROM numbers WHERE deadline_on IS NOT NULL').all() as Record<string, string>[];
await compare(`export ${deadlineRows.length} deadlines to iCalendar`, 1.5, ROUNDS,
  () => must(mediumDispatch, 'export.calendar', {}),
  () => {
    const calendar = ical({ name: 'baseline' });
    for (const row of deadlineRows) {
      const event = calendar.createEvent({ id: row.e164, start: new Date(row.deadline_ends_at!), end: new Date(row.deadline_ends_at!), summary: row.label });
      for (let lead = 0; lead < 4; lead += 1) event.createAlarm({ triggerBefore: lead * 86_400 });
    }
    return calendar.toString();
  });

await compare(`backup of the ${EVENTS}-event file (with integrity check)`, 1.5, quick ? 2 : 3,
  () => must(dispatch, 'backups.create', {}),
  async () => {
    const target = path.join(dir, `raw-${performance.now()}.sqlite`);
    await big.db.backup(target);
    big.db.pragma('integrity_check');
    fs.rmSync(target);
  });

note('peak RSS with the big data set', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Growth: the list from 1,000 to 10,000 (to 100,000 in the full run) numbers.
for (const size of quick ? [1_000, 5_000] : [1_000, 10_000, 100_000]) {
  const set = await buildNumbers(fs.mkdtempSync(path.join(dir, 'growth-')), size);
  const growthDispatch = dispatchOn(set.db, set.file);
  const list = await medianTime(() => must(growthDispatch, 'numbers.list', { limit: LIST_PAGE_SIZE }), 15, 10);
  note(`growth: list's first screen of ${size} numbers`, `${list.toFixed(3)} ms`);
  await planReminders(growthDispatch);
  const scan = await medianTime(() => must(growthDispatch, 'reminders.scan', {}), 15, 200);
  note(`growth: due-scan of ${size} numbers, nothing due`, `${scan.toFixed(4)} ms`);
  set.db.close();
}

note('peak RSS of the whole run (growth sets included)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
big.db.pragma('wal_checkpoint(TRUNCATE)');
note('database size on disk', `${(fs.statSync(big.file).size / 1e6).toFixed(1)} MB for ${NUMBERS} numbers and ${EVENTS} events`);
// Start: the file opened as the app opens it (checked, migrations looked for, set up for writing), from a
// warm disk cache, beside the whole-file check every start ran before (41 s from a cold disk at full size).
const openBig = () => openDatabase({ file: big.file, backupDir: path.join(dir, 'open-backups'), clock, logger: silentLogger }).then((db) => db.close());
note(`start: open the ${(fs.statSync(big.file).size / 1e6).toFixed(0)} MB file, checked`, `${(await medianTime(openBig, ROUNDS)).toFixed(1)} ms`);
note('  the whole-file check (over 32 MiB, left to the daily backup)', `${(await medianTime(() => big.db.pragma('quick_check'), 1)).toFixed(0)} ms`);
big.db.close();
medium.db.close();

// ---- Measured by other modules, on the data sets above (their files stay until the folder is removed):
// the UI in Chromium (scripts/bench/ui-paint.ts), and whether the API answers during long work
// (scripts/bench/responsiveness.ts).
await benchUiPaint({ quick });
await benchResponsiveness({ dir, eventsFile: big.file, events: EVENTS, importRows: quick ? 1_000 : 10_000 });

// ---- End of the measurements.
fs.rmSync(dir, { recursive: true, force: true });
console.log('bench finished');
