import { KeeplineError } from '../errors.ts';

/**
 * What a long handler gets when it runs as a job: `step` reports how far it is and throws `cancelled` once
 * the user has asked to stop, so a transaction around the loop rolls back and nothing is changed.
 */
export interface JobControl {
  step(done: number, total: number | null): void;
}

export function cancelledError(): KeeplineError {
  return new KeeplineError('cancelled');
}

/**
 * Runs `each` on every item in turn, as a job's long loop does: run as a job, it reports how many are done
 * every 200 items and once all are, and stops (throwing `cancelled`) once the user has asked.
 */
export function eachStepped<T>(control: JobControl | undefined, items: readonly T[], each: (item: T) => void): void {
  const step = stepEvery(control);
  items.forEach((item, index) => {
    step(index, items.length);
    each(item);
  });
  step(items.length, items.length);
}

/** Calls `step` at most every `every` items (and at the last), so checking costs nothing per row. */
export function stepEvery(control: JobControl | undefined, every = 200): (done: number, total: number | null) => void {
  if (!control) return () => {};
  return (done, total) => {
    if (done % every === 0 || done === total) control.step(done, total);
  };
}
