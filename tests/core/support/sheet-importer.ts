// Started by the import crash test: imports a big spreadsheet in one commit; the test kills it part way.
import { startCore } from '#core/core.ts';
import { silentLogger, systemClock } from '#core/ports.ts';

const [file, rowsText] = process.argv.slice(2);
if (!file || !rowsText) throw new Error('usage: sheet-importer.ts FILE ROWS');
const rows = Number(rowsText);
const core = await startCore({ databaseFile: file, clock: systemClock, logger: silentLogger, version: 'test', dailyBackup: false });
const lines = ['号码,到期日,费用,币种,备注'];
// Kuwaiti mobile numbers 6xxxxxxx: distinct per row, all valid.
for (let i = 0; i < rows; i += 1) lines.push(`+965 6${String(1_000_000 + i).padStart(7, '0')},2027-01-${String((i % 28) + 1).padStart(2, '0')},5.500,KWD,row ${i}`);
const started = Date.now();
process.stdout.write('ready\n');
const result = await core.dispatch('import.sheetCommit', { fileName: 'big.csv', content: lines.join('\n'), encoding: 'text' });
if (!result.ok) throw new Error(JSON.stringify(result.error));
process.stdout.write(`done ${Date.now() - started}\n`);
core.close();
