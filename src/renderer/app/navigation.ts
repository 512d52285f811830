// Navigation lives in React state mirrored into history.state: the URL fragment belongs to the token and
// the packaged app loads from a file, so there are no paths to route on. Back/forward and reload still work.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
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

type GoOptions = { replace?: boolean };

export interface Navigation {
  route: Route;
  /** Moves to `route`, unless the page has changes the user would lose: then the app asks first. */
  go(route: Route, options?: GoOptions): void;
  /** Tells whether leaving the page now would lose the user's changes (a form); null when nothing would be lost. */
  setLeaveGuard(unsaved: (() => boolean) | null): void;
}

export interface HistoryRoute extends Navigation {
  /** True while a move waits for the user to say whether to leave their changes behind. */
  leaveHeld: boolean;
  leaveAnyway(): void;
  stay(): void;
}

export function useHistoryRoute(): HistoryRoute {
  const [route, setRoute] = useState<Route>(routeFromHistory);
  const unsaved = useRef<(() => boolean) | null>(null);
  const [held, setHeld] = useState<{ route: Route; options: GoOptions } | null>(null);
  useEffect(() => {
    const onPop = () => setRoute(routeFromHistory());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const move = useCallback((next: Route, options: GoOptions) => {
    const stored = next.name === 'list' ? { name: 'list' } : next;
    if (options.replace) history.replaceState(stored, '');
    else history.pushState(stored, '');
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  const go = useCallback(
    (next: Route, options: GoOptions = {}) => {
      if (unsaved.current?.()) setHeld({ route: next, options });
      else move(next, options);
    },
    [move],
  );
  const setLeaveGuard = useCallback((guard: (() => boolean) | null) => {
    unsaved.current = guard;
  }, []);
  const leaveAnyway = useCallback(() => {
    if (!held) return;
    unsaved.current = null;
    setHeld(null);
    move(held.route, held.options);
  }, [held, move]);
  const stay = useCallback(() => setHeld(null), []);
  return { route, go, setLeaveGuard, leaveHeld: held !== null, leaveAnyway, stay };
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
