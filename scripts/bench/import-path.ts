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
import { compare, type PathResult } from './measure.ts';
import { sheetCsv, SHEET_DEFAULT_COUNTRY } from './sheet.ts';

const RAW_INSERT = `INSERT INTO numbers (e164, country, carrier, expiry_date, plan_name, plan_cost_minor, plan_currency, kind, owner, label, tags, notes, time_zone, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, 'physical', ?, ?, ?, ?, 'UTC', ?, ?)`;

export async function benchImport(dir: string, rows: number, rounds: number): Promise<PathResult> {
  const content = sheetCsv(rows);
  const input = { fileName: 'numbers.csv', content, encoding: 'text', defaultCountry: SHEET_DEFAULT_COUNTRY };
  const importDir = fs.mkdtempSync(path.join(dir, 'import-'));
  let fresh: { db: Database.Database; dispatch: Dispatch } | null = null;
  let serial = 0;
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
      async before() {
        fresh?.db.close();
        serial += 1;
        const file = path.join(importDir, `fresh-${serial}.sqlite`);
        const db = await openDatabase({ file, backupDir: path.join(importDir, 'backups'), clock, logger: silentLogger });
        fresh = { db, dispatch: dispatchOn(importDir, db, file) };
      },
    });
  fresh!.db.close();
  fs.rmSync(importDir, { recursive: true, force: true });
  return result;
}
