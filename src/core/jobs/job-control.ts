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

/** Calls `step` at most every `every` items (and at the last), so checking costs nothing per row. */
export function stepEvery(control: JobControl | undefined, every = 200): (done: number, total: number | null) => void {
  if (!control) return () => {};
  return (done, total) => {
    if (done % every === 0 || done === total) control.step(done, total);
  };
}
