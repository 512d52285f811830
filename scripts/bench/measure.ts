import { performance } from 'node:perf_hooks';

export interface PathResult {
  path: string;
  app: number;
  baseline: number;
  /** The issue's goal for the ratio; null for a line printed for reference beside one that has it. */
  goal: number | null;
  /** The least work any implementation must do here (what the app itself has to write or read), done raw. */
  floors?: { label: string; time: number }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds per run, over `repeat` runs back to back. */
async function time(run: () => unknown, repeat: number): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < repeat; index += 1) await run();
  return (performance.now() - started) / repeat;
}

/** The median of `samples` timings of `repeat` runs each, in milliseconds per run. */
export async function medianTime(run: () => unknown, samples: number, repeat = 1): Promise<number> {
  await run();
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) times.push(await time(run, repeat));
  return median(times);
}

export interface CompareOptions {
  /** Untimed, before every run of either side: a fresh database, reminders made due again. */
  before?: () => unknown;
  /**
   * Untimed, before every run of the app side only: what the app itself always does first (the record
   * dialog's preview of the very input Confirm sends).
   */
  beforeApp?: () => unknown;
  /** Runs per sample, for paths of microseconds that a single clock reading would blur. */
  repeat?: number;
  /** Untimed samples of each side first (default 1): JIT and caches warm, as in a running app. */
  warmup?: number;
  /**
   * Where a goal is missed: what the path cannot avoid doing (the rows it must write, the durable commit it
   * needs), done raw with nothing else, timed in the same alternation. Its ratio is the best any version of
   * the path could reach.
   */
  floors?: { label: string; run: () => unknown }[];
}

/** Runs the app path and its baseline alternately, `rounds` times each, and keeps the medians. */
export async function compare(path: string, goal: number | null, rounds: number, app: () => unknown, baseline: () => unknown, options: CompareOptions = {}): Promise<PathResult> {
  // Each path starts from a collected heap, not paying for the garbage of the one before (`--expose-gc`).
  (globalThis as { gc?: () => void }).gc?.();
  const before = options.before ?? (() => {});
  const timed = async (run: () => unknown) => {
    await before();
    if (run === app) await options.beforeApp?.();
    return time(run, options.repeat ?? 1);
  };
  const floors = options.floors ?? [];
  for (let sample = 0; sample < (options.warmup ?? 1); sample += 1) {
    await timed(app);
    await timed(baseline);
    for (const floor of floors) await timed(floor.run);
  }
  const appTimes: number[] = [];
  const baselineTimes: number[] = [];
  const floorTimes: number[][] = floors.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    appTimes.push(await timed(app));
    baselineTimes.push(await timed(baseline));
    for (const [index, floor] of floors.entries()) floorTimes[index]!.push(await timed(floor.run));
  }
  const result: PathResult = { path, app: median(appTimes), baseline: median(baselineTimes), goal };
  if (floors.length > 0) result.floors = floors.map((floor, index) => ({ label: floor.label, time: median(floorTimes[index]!) }));
  report(result);
  return result;
}

/** Three significant digits at least: 1234.5, 12.3, 0.0152. */
function ms(value: number): string {
  return value.toFixed(value >= 10 ? 1 : value >= 1 ? 2 : 4).padStart(8);
}

export function report({ path, app, baseline, goal, floors = [] }: PathResult): void {
  const ratio = app / baseline;
  const verdict = goal === null ? 'for reference' : `goal <= ${goal}x   ${ratio <= goal ? 'ok' : 'MISSES GOAL'}`;
  console.log(`${path.padEnd(58)} app ${ms(app)} ms   baseline ${ms(baseline)} ms   ratio ${ratio.toFixed(2).padStart(5)}x   ${verdict}`);
  for (const floor of floors) console.log(`${`  floor: ${floor.label}`.padEnd(58)}     ${ms(floor.time)} ms                          ratio ${(floor.time / baseline).toFixed(2).padStart(5)}x`);
}

export function note(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}
