import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore, type Core } from '#core/core.ts';
import { MIGRATIONS } from '#core/db/migrations/index.ts';
import { openDatabase } from '#core/db/open.ts';
import type { Clock } from '#core/ports.ts';
import { silentLogger } from '#core/ports.ts';
import type { InputRaw, Output } from '#shared/contract.ts';
import type { Locale } from '#shared/locale.ts';
import type { MethodName } from '#shared/methods.ts';
import type { ApiError } from '#shared/errors.ts';
import type { CarrierShell } from '#core/carriers/carrier-shell.ts';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(iso: string) {
    this.current = new Date(iso);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export function tempDir(prefix = 'keepline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore extends Core {
  clock: ManualClock;
  dir: string;
  file: string;
  /** Calls a method and returns its value, failing the test on an error envelope. */
  call<M extends MethodName>(method: M, input: InputRaw<M>, locale?: Locale): Promise<Output<M>>;
  /** Calls a method that must fail and returns its error. */
  fail(method: string, input: unknown, locale?: Locale): Promise<ApiError>;
}

/** A real core on a real SQLite file in a fresh temp folder, with a manual clock. */
export async function testCore(
  nowIso = '2026-11-25T12:00:00Z',
  dir = tempDir(),
  jobs: 'inline' | 'worker' = 'inline',
  carrierShell?: CarrierShell,
): Promise<TestCore> {
  const clock = new ManualClock(nowIso);
  const file = path.join(dir, 'keepline.sqlite');
  const core = await startCore({ databaseFile: file, clock, logger: silentLogger, version: 'test', checkOutputs: true, dailyBackup: false, jobs, carrierShell });
  return {
    dispatch: core.dispatch,
    settings: core.settings,
    dailyBackup: core.dailyBackup,
    plansSettled: () => core.plansSettled(),
    close: () => core.close(),
    get db() {
      return core.db;
    },
    clock,
    dir,
    file,
    async call(method, input, locale) {
      const envelope = await core.dispatch(method, input, locale ? { locale } : {});
      if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value as never;
    },
    async fail(method, input, locale) {
      const envelope = await core.dispatch(method, input, locale ? { locale } : {});
      if (envelope.ok) throw new Error(`${method} succeeded but should have failed`);
      return envelope.error;
    },
  };
}

/** A number as a Kuwaiti prepaid line would be entered, with overrides. */
export function numberInput(overrides: Partial<InputRaw<'numbers.create'>> = {}): InputRaw<'numbers.create'> {
  return { phone: '+965 6000 1234', timeZone: 'Asia/Kuwait', label: 'Kuwait Zain', ...overrides };
}

/** The lapse phase most tests give a number: 30 days of receiving only. */
export const THIRTY_DAY_GRACE = [{ name: 'receive-only', length: { count: 30, unit: 'days' as const }, works: 'incoming SMS' }];

/** Adds Kuwaiti numbers one after another, each with its own phone, labelled, with overrides; `core` is read at each call. */
export function numberAdder(core: () => TestCore) {
  let serial = 0;
  return (label: string, overrides: Partial<InputRaw<'numbers.create'>> = {}) => {
    serial += 1;
    return core().call('numbers.create', numberInput({ phone: `+965 6000 ${String(1000 + serial)}`, label, ...overrides }));
  };
}

/** A database file opened with the given migrations (all by default), as a migration test needs it. */
export function openWithMigrations(file: string, migrations = MIGRATIONS) {
  const clock = new ManualClock('2026-11-25T12:00:00Z');
  return openDatabase({ file, backupDir: path.join(path.dirname(file), 'backups'), clock, logger: silentLogger, migrations });
}
