// Builds realistic data sets straight into SQLite with the same domain code the app uses, so a bench of
// 100,000 numbers and 1,000,000 events takes seconds, not the minutes a call per row would.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { NumberInput } from '#shared/numbers.ts';
import { NumberInput as NumberInputSchema } from '#shared/numbers.ts';
import { openDatabase } from '#core/db/open.ts';
import { encodeState } from '#core/db/event-states.ts';
import type { NumberRow } from '#core/db/number-rows.ts';
import { insertNumberRow } from '#core/db/numbers-repo.ts';
import { addDays } from '#core/domain/dates.ts';
import { silentLogger, type Clock } from '#core/ports.ts';
import { deadlineColumns } from '#core/records/materialize.ts';
import { checkNumberInput, columnsFromInput, stateFromInput } from '#core/records/number-input.ts';
import { COUNTRIES, phoneFor } from './phones.ts';
import { pick, seededRandom } from './random.ts';

export const TODAY = '2026-11-25';
const NOON = Date.parse(`${TODAY}T12:00:00Z`);
export const clock: Clock = { now: () => new Date(NOON) };

const RULES = [
  (r: () => number): NumberInput['rules'] => [{ kind: 'activity', every: { count: pick(r, [90, 120, 180]), unit: 'days' }, counts: ['call', 'sms', 'data', 'topup', 'renewal'], lastOn: addDays(TODAY, -Math.floor(r() * 200)), overrideOn: null }],
  (r: () => number): NumberInput['rules'] => [{ kind: 'topup', every: { count: 6, unit: 'months' }, minAmountMinor: 1000, lastOn: addDays(TODAY, -Math.floor(r() * 200)), overrideOn: null }],
  (): NumberInput['rules'] => [{ kind: 'validity', extension: { type: 'table', tiers: [{ minAmountMinor: 1000, by: { count: 30, unit: 'days' } }, { minAmountMinor: 5000, by: { count: 365, unit: 'days' } }] }, mode: 'later_of', cap: { count: 2, unit: 'years' } }],
  (): NumberInput['rules'] => [{ kind: 'fee' }],
];

export function numberInputs(count: number, seed = 42): NumberInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const country = COUNTRIES[index % COUNTRIES.length]!;
    const ruleSet = pick(random, RULES)(random);
    return NumberInputSchema.parse({
      phone: phoneFor(country.code, Math.floor(index / COUNTRIES.length)),
      timeZone: country.zone,
      label: `${country.code} line ${index}`,
      owner: pick(random, ['Ana', 'Bo', 'Chen Wei', 'Dana', 'Eitan', 'Fatima', 'Client A', 'Client B']),
      carrier: `${country.code} Mobile`,
      kind: pick(random, ['physical', 'esim', 'virtual'] as const),
      planCost: { amountMinor: 500 + Math.floor(random() * 5000), currency: country.currency },
      billingPeriod: { count: 1, unit: 'months' },
      expiryDate: addDays(TODAY, Math.floor(random() * 400) - 60),
      tags: random() < 0.3 ? ['travel'] : [],
      rules: ruleSet,
      lapsePhases: [{ name: 'grace', length: { count: 30, unit: 'days' }, works: 'receive only', creditLost: true }],
    });
  });
}

/** A fresh database file with `count` numbers, validated and materialized like the app does. */
export async function buildNumbers(dir: string, count: number): Promise<{ file: string; db: Database.Database; ids: number[] }> {
  const file = path.join(dir, `bench-${count}.sqlite`);
  const db = await openDatabase({ file, backupDir: path.join(dir, 'backups'), clock, logger: silentLogger });
  const ids: number[] = [];
  db.transaction(() => {
    for (const input of numberInputs(count)) {
      const phone = checkNumberInput(input);
      const state = stateFromInput(input, null);
      const columns = { ...columnsFromInput(input, phone, state), archived: 0 as const, created_at: clock.now().toISOString(), updated_at: clock.now().toISOString(), revision: 1 };
      ids.push(insertNumberRow(db, { ...columns, ...deadlineColumns(state, input.timeZone, input.lapsePhases) }));
    }
  })();
  return { file, db, ids };
}

/**
 * `count` events over ten years, spread over the numbers, in several currencies. Each carries its number as it
 * was before and after, as every event the app records does (event-states.ts: about 400 bytes deflated, 2 KB as JSON).
 */
export function addEvents(db: Database.Database, ids: number[], count: number, seed = 7): void {
  const random = seededRandom(seed);
  const currencies = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KWD'];
  const states = new Map((db.prepare('SELECT * FROM numbers').all() as NumberRow[]).map((row) => [row.id, encodeState(row)]));
  const insert = db.prepare(`INSERT INTO events (number_id, kind, occurred_on, recorded_at, amount_minor, currency, method, note, source, details, state_before, state_after, revision_after)
    VALUES (?, ?, ?, ?, ?, ?, 'Visa 4242', '', 'manual', '{}', ?, ?, 0)`);
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const day = addDays(TODAY, -Math.floor(random() * 3650));
      const kind = random() < 0.6 ? 'renewal' : random() < 0.8 ? 'topup' : 'activity';
      const paid = kind !== 'activity';
      const numberId = pick(random, ids);
      const state = states.get(numberId)!;
      insert.run(numberId, kind, day, `${day}T10:00:00.000Z`, paid ? 100 + Math.floor(random() * 10_000) : null, paid ? pick(random, currencies) : null, state, state);
    }
  })();
}
