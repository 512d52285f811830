import { useCallback, useEffect, useState } from 'react';
import type { TrayState } from '#shared/reminders.ts';
import { call } from '../../api/client.ts';
import { serverNow } from '../../app/serverClock.ts';

export type Hold = Pick<TrayState, 'pausedUntil' | 'quietUntil'>;

/**
 * What holds reminders back (a pause, quiet hours): asked at first, when `revision` changes, and again when
 * a hold should be over, as the core's clock says whether it is. `setPausedUntil` takes a pause's own answer.
 */
export function useHold(revision?: string): { hold: Hold; setPausedUntil: (pausedUntil: string | null) => void } {
  const [hold, setHold] = useState<Hold>({ pausedUntil: null, quietUntil: null });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void call('reminders.trayState', {}).then((answer) => {
      if (live && answer.ok) setHold({ pausedUntil: answer.value.pausedUntil, quietUntil: answer.value.quietUntil });
    });
    return () => {
      live = false;
    };
  }, [asked, revision]);
  const endsAt = [hold.pausedUntil, hold.quietUntil?.at].filter((at): at is string => typeof at === 'string');
  const nextEnd = endsAt.length === 0 ? null : Math.min(...endsAt.map((at) => Date.parse(at)));
  useEffect(() => {
    const left = nextEnd === null ? -1 : nextEnd - serverNow().getTime();
    if (left <= 0) return undefined;
    const timer = setTimeout(() => setAsked((count) => count + 1), Math.min(left + 1000, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [nextEnd]);
  const setPausedUntil = useCallback((pausedUntil: string | null) => setHold((current) => ({ ...current, pausedUntil })), []);
  return { hold, setPausedUntil };
}
