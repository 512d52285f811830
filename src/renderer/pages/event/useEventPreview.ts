import { useEffect, useRef, useState } from 'react';
import type { EventInputRaw, EventView, RecordNotes } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import type { Envelope } from '#shared/errors.ts';
import { call } from '../../api/client.ts';
import { issuesOf, type Issue } from '../../forms/errors.ts';

/** The event and its number as they would be; for a new event, what to warn about too (an edit has no notes). */
export interface PreviewAnswer {
  event: EventView;
  number: NumberView;
  notes?: RecordNotes;
}

export type PreviewState =
  | { phase: 'waiting' }
  | { phase: 'ready'; value: PreviewAnswer; input: EventInputRaw }
  | { phase: 'refused'; issues: Issue[]; message: string | null };

type Ask = (input: EventInputRaw) => Promise<Envelope<PreviewAnswer>>;

const askRecord: Ask = (input) => call('events.preview', input);

/**
 * Asks the core what recording would change (or, with `ask`, what an edit would), a moment after the last
 * change. The input is the one Confirm will send, so what is previewed is what gets stored.
 */
export function useEventPreview(input: EventInputRaw, clientIssues: Issue[], ask: Ask = askRecord): PreviewState {
  const [state, setState] = useState<PreviewState>({ phase: 'waiting' });
  const asker = useRef(ask);
  asker.current = ask;
  const key = JSON.stringify(input);
  const clientKey = JSON.stringify(clientIssues);
  useEffect(() => {
    const issues = JSON.parse(clientKey) as Issue[];
    if (issues.length > 0) {
      setState({ phase: 'refused', issues, message: null });
      return;
    }
    let live = true;
    setState({ phase: 'waiting' });
    const sent = JSON.parse(key) as EventInputRaw;
    const timer = window.setTimeout(() => {
      void asker.current(sent).then((answer) => {
        if (!live) return;
        if (answer.ok) setState({ phase: 'ready', value: answer.value, input: sent });
        else {
          const fieldIssues = issuesOf(answer.error);
          setState({ phase: 'refused', issues: fieldIssues ?? [], message: fieldIssues ? null : answer.error.message });
        }
      });
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key, clientKey]);
  return state;
}
