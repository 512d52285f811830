import { useCallback, useEffect, useState } from 'react';
import type { DashboardSummary } from '#shared/dashboard.ts';
import { call } from '../../api/client.ts';

export type DashboardState =
  | { phase: 'loading' }
  | { phase: 'ready'; summary: DashboardSummary }
  | { phase: 'error'; message: string };

export function useDashboard(): { state: DashboardState; reload: () => void } {
  const [state, setState] = useState<DashboardState>({ phase: 'loading' });
  const [key, setKey] = useState(0);
  useEffect(() => {
    let live = true;
    void call('dashboard.summary', {}).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { phase: 'ready', summary: answer.value } : { phase: 'error', message: answer.error.message });
    });
    return () => {
      live = false;
    };
  }, [key]);
  const reload = useCallback(() => setKey((n) => n + 1), []);
  return { state, reload };
}
