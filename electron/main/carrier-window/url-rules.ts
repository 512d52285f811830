// What a carrier window may show and open, judged on parsed URLs (never on substrings). Carrier pages are
// hostile: `https://evil.example@carrier.example`, `javascript:`, `data:`, `file:`, `blob:` and custom
// schemes must not get through a careless check.

export function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function plainHttps(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

/** Top-level navigation in the carrier page: https (without credentials) or about:blank, nothing else. */
export function carrierNavigationAllowed(raw: string): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.href === 'about:blank') return true;
  return plainHttps(url);
}

// Where the registrable domain is three labels long (carrier.co.uk); a short, explicit list rather than
// the whole public-suffix list: a miss only sends a pop-up to the user's browser instead of a child window.
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'com.hk', 'com.au', 'net.au', 'co.nz', 'com.my', 'co.th', 'in.th', 'com.tw', 'co.kr',
  'com.sg', 'com.ph', 'co.id', 'com.vn', 'com.mx', 'com.tr', 'com.sa', 'com.qa', 'com.mt', 'co.jp', 'ne.jp',
  'or.jp', 'com.cn', 'com.mo', 'co.in', 'com.kw', 'co.ae', 'com.pl', 'com.es', 'co.za',
]);

/** The registrable part of a host (`pay.carrier.co.uk` -> `carrier.co.uk`); IP addresses stay whole. */
export function siteOf(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.startsWith('[')) return hostname;
  const labels = hostname.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LABEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

/**
 * Payment pop-ups that may open as child windows from any carrier page: PayPal, and the 3-D Secure
 * access-control services card issuers use most (most 3-D Secure runs in an iframe and needs no window).
 */
export const PAYMENT_POPUP_SITES: readonly string[] = [
  'paypal.com',
  'cardinalcommerce.com',
  'arcot.com',
  'securecode.com',
  'wlp-acs.com',
  'modirum.com',
  'stripe.com',
  'adyen.com',
];

export function isPaymentPopupHost(hostname: string): boolean {
  return PAYMENT_POPUP_SITES.includes(siteOf(hostname));
}

export type WindowOpenDecision = { action: 'child'; url: string } | { action: 'external'; url: string } | { action: 'drop' };

/**
 * A page asks for a new window: a payment pop-up (same site as the page, or a known payment service,
 * over https) becomes a child window under the same rules and session; any other http(s) link goes to
 * the user's browser; everything else is dropped.
 */
export function decideWindowOpen(raw: string, openerUrl: string): WindowOpenDecision {
  const url = parse(raw);
  if (!url) return { action: 'drop' };
  const opener = parse(openerUrl);
  if (plainHttps(url)) {
    const sameSite = opener !== null && plainHttps(opener) && siteOf(opener.hostname) === siteOf(url.hostname);
    if (sameSite || isPaymentPopupHost(url.hostname)) return { action: 'child', url: url.href };
    return { action: 'external', url: url.href };
  }
  if (url.protocol === 'http:' && url.hostname !== '' && url.username === '' && url.password === '') return { action: 'external', url: url.href };
  return { action: 'drop' };
}

/** A carrier page never gets a permission: camera, microphone, location, notifications, clipboard, USB, HID, serial, ... */
export function carrierPermissionAllowed(_permission: string): false {
  return false;
}
