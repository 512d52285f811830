import type { RenewalWindowRequest } from '#core/carriers/carrier-shell.ts';

export interface OpenedWindow<Outcome> {
  outcome: Promise<Outcome>;
  /** Brings the window to the front. */
  front(): void;
}

/**
 * One renewal window per number: asking again (another Renew button, a double click) brings the open one
 * to the front and waits for the same outcome, instead of a second window on the same carrier session.
 */
export function onePerNumber<Outcome>(open: (request: RenewalWindowRequest) => OpenedWindow<Outcome>): (request: RenewalWindowRequest) => Promise<Outcome> {
  const windows = new Map<number, OpenedWindow<Outcome>>();
  return (request) => {
    const existing = windows.get(request.numberId);
    if (existing) {
      existing.front();
      return existing.outcome;
    }
    const opened = open(request);
    windows.set(request.numberId, opened);
    void opened.outcome.finally(() => windows.delete(request.numberId));
    return opened.outcome;
  };
}
