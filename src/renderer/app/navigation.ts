// Navigation lives in React state mirrored into history.state: the URL fragment belongs to the token and
// the packaged app loads from a file, so there are no paths to route on. Back/forward and reload still work.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { StatusState } from '#shared/numbers.ts';

export type Route =
  | { name: 'dashboard' }
  | { name: 'settings' }
  | { name: 'inbox' }
  | { name: 'carriers' }
  /** `preset`: filters to apply on arrival (a dashboard count opens the list filtered to its numbers). */
  | { name: 'list'; focusSearch?: boolean; preset?: { status?: StatusState; dueWithinDays?: number } }
  | { name: 'new' }
  | { name: 'detail'; id: number; /** Open its record-renewal form at once (a notification's button). */ record?: boolean }
  | { name: 'edit'; id: number }
  | { name: 'data' }
  | { name: 'history' }
  | { name: 'spending' };

function isRoute(value: unknown): value is Route {
  return typeof value === 'object' && value !== null && 'name' in value;
}

function routeFromHistory(): Route {
  const state: unknown = history.state;
  return isRoute(state) ? state : { name: 'dashboard' };
}

export interface Navigation {
  route: Route;
  go(route: Route, options?: { replace?: boolean }): void;
}

export function useHistoryRoute(): Navigation {
  const [route, setRoute] = useState<Route>(routeFromHistory);
  useEffect(() => {
    const onPop = () => setRoute(routeFromHistory());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const stored = next.name === 'list' ? { name: 'list' } : next;
    if (options.replace) history.replaceState(stored, '');
    else history.pushState(stored, '');
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, go };
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
