import { parse } from './url-rules.ts';

export interface BarNumber {
  number: string;
  label: string;
  deadlineOn: string | null;
  timeZone: string;
}

/** Everything the bar above a carrier page shows; plain data, sent to the bar's own page. */
export interface BarState {
  number: string;
  label: string;
  deadlineOn: string | null;
  timeZone: string;
  /** The page's host as the browser resolved it: an IDN look-alike shows in punycode (xn--...). */
  origin: string;
  /** A lock only for https. */
  secure: boolean;
  canGoBack: boolean;
  loading: boolean;
}

export function barState(number: BarNumber, pageUrl: string, canGoBack: boolean, loading: boolean): BarState {
  const url = parse(pageUrl);
  const secure = url?.protocol === 'https:';
  const origin = url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.host : url?.protocol === 'about:' ? 'about:blank' : '';
  return { ...number, origin, secure, canGoBack, loading };
}

export const BAR_ACTIONS = ['back', 'reload', 'openInBrowser', 'record', 'close'] as const;
export type BarAction = (typeof BAR_ACTIONS)[number];

export function isBarAction(value: unknown): value is BarAction {
  return typeof value === 'string' && (BAR_ACTIONS as readonly string[]).includes(value);
}
