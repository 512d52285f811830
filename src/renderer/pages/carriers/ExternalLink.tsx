import type { ReactNode } from 'react';

function isWebAddress(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A link that leaves Keepline for the user's browser: a new tab cut off from this page in a browser; in the
 * desktop app the window-open handler hands http(s) to the system browser. Anything else is shown as text.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isWebAddress(href)) return <span className="external-text">{children ?? href}</span>;
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
