// Which URLs the app window may show and which links may leave for the user's browser. Judged on parsed
// URLs (exact protocol, origin and path), never on substrings: `https://localhost:5173.evil.com`,
// `javascript:` and `https://user:pass@host` all look harmless to a prefix check.

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

// Chromium and Node escape file paths slightly differently (spaces, non-ASCII), so compare decoded paths.
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * True when `raw` is the app's own page: the built `index.html` (any hash or query, nothing else in its
 * folder), or any path on the dev server's exact origin.
 */
export function isAppUrl(raw: string, appEntry: string): boolean {
  const url = parse(raw);
  const entry = parse(appEntry);
  if (!url || !entry || hasCredentials(url) || url.protocol !== entry.protocol) return false;
  if (entry.protocol === 'file:') {
    const path = decodedPath(url);
    return url.host === '' && entry.host === '' && path !== null && path === decodedPath(entry);
  }
  if (entry.protocol === 'http:' || entry.protocol === 'https:') return url.origin === entry.origin;
  return false;
}

/** True when a link may be handed to the user's browser: plain http(s) with a host and no credentials. */
export function externalUrlAllowed(raw: string): boolean {
  const url = parse(raw);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !hasCredentials(url);
}
