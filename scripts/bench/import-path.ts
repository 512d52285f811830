// The spreadsheet import against papaparse and one prepared INSERT transaction of the same rows, each
// into a fresh database (made before the clock starts).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { Dispatch } from '#core/dispatch.ts';
import { openDatabase } from '#core/db/open.ts';
import { silentLogger } from '#core/ports.ts';
import { clock } from './dataset.ts';
import { dispatchOn, must } from './dispatch.ts';
import { compare, note, type PathResult } from './measure.ts';
import { performance } from 'node:perf_hooks';
import { backgroundPlanner, PLAN_CHUNK } from '#core/reminders/background-plans.ts';
import { memorySettings } from '#core/settings/settings-store.ts';
import type { DatabaseHolder } from '#core/db/database-holder.ts';
import { withCachedStatements } from '#core/db/cached-statements.ts';
import { sheetCsv, SHEET_DEFAULT_COUNTRY } from './sheet.ts';

const RAW_INSERT = `INSERT INTO numbers (e164, country, carrier, expiry_date, plan_name, plan_cost_minor, plan_currency, kind, owner, label, tags, notes, time_zone, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, 'physical', ?, ?, ?, ?, 'UTC', ?, ?)`;

/** The tables an import writes (the change log is written by its triggers). */
const WRITTEN_TABLES = ['numbers', 'reminder_plans', 'reminders'];

type Written = { insert: string; rows: unknown[][] }[];

/** Every row an import wrote, with the statement that inserts it again as it is. */
function writtenRows(db: Database.Database): Written {
  return WRITTEN_TABLES.map((table) => {
    const read = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw();
    const columns = read.columns().map((column) => column.name);
    return { insert: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, rows: read.all() as unknown[][] };
  });
}

function holderOf(db: Database.Database, dir: string): DatabaseHolder {
  return { current: withCachedStatements(db), file: db.name, backupDir: () => path.join(dir, 'backups'), replace: () => Promise.reject(new Error('the bench restores nothing')) };
}

export async function benchImport(dir: string, rows: number, rounds: number): Promise<PathResult> {
  const content = sheetCsv(rows);
  const input = { fileName: 'numbers.csv', content, encoding: 'text', defaultCountry: SHEET_DEFAULT_COUNTRY };
  const importDir = fs.mkdtempSync(path.join(dir, 'import-'));
  let fresh: { db: Database.Database; dispatch: Dispatch } | null = null;
  let serial = 0;
  const freshDatabase = async () => {
    fresh?.db.close();
    serial += 1;
    const file = path.join(importDir, `fresh-${serial}.sqlite`);
    const db = await openDatabase({ file, backupDir: path.join(importDir, 'backups'), clock, logger: silentLogger });
    fresh = { db, dispatch: dispatchOn(importDir, db, file) };
  };
  // What the import writes (each number, its plan and its reminders), read back from one import.
  await freshDatabase();
  await must(fresh!.dispatch, 'import.sheetCommit', input);
  const written = writtenRows(fresh!.db);
  const result = await compare(`import ${rows} spreadsheet rows (full validation)`, 4, rounds,
    async () => {
      const created = (await must(fresh!.dispatch, 'import.sheetCommit', input)) as { created: number };
      if (created.created !== rows) throw new Error(`import created ${created.created} of ${rows} rows`);
    },
    () => {
      const cells = Papa.parse<string[]>(content, { skipEmptyLines: true }).data.slice(1);
      const insert = fresh!.db.prepare(RAW_INSERT);
      const now = clock.now().toISOString();
      fresh!.db.transaction(() => {
        for (const [phone, country, carrier, expires, plan, cost, currency, , , owner, label, tags, notes] of cells) {
          insert.run(phone, country, carrier, expires || null, plan, cost ? cost.length : null, cost ? currency || '?' : null, owner, label, tags, notes, now, now);
        }
      })();
    },
    {
      before: freshDatabase,
      floors: [
        {
          label: 'its own rows, parsed and inserted raw',
          run: () => {
            Papa.parse<string[]>(content, { skipEmptyLines: true });
            const db = fresh!.db;
            db.transaction(() => {
              for (const { insert, rows: values } of written) {
                const statement = db.prepare(insert);
                for (const row of values) statement.run(row);
              }
            })();
          },
        },
      ],
    });
  // The reminders of the rows it created are planned once it has committed, in the background, a few
  // numbers per transaction (background-plans.ts): how long until all are, after one more import.
  await freshDatabase();
  await must(fresh!.dispatch, 'import.sheetCommit', input);
  const planner = backgroundPlanner({ database: holderOf(fresh!.db, importDir), clock, settings: memorySettings(), logger: silentLogger });
  const planningStarted = performance.now();
  planner.kick();
  await planner.settled();
  const planningMs = performance.now() - planningStarted;
  const reminders = fresh!.db.prepare('SELECT count(*) FROM reminders').pluck().get() as number;
  note('  then its reminders, planned in the background', `${planningMs.toFixed(1)} ms for ${reminders} reminders, ${PLAN_CHUNK} numbers per transaction`);
  fresh!.db.close();
  fs.rmSync(importDir, { recursive: true, force: true });
  return result;
}
