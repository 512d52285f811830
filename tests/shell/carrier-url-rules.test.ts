import { describe, expect, it } from 'vitest';
import { barState } from '../../electron/main/carrier-window/bar-state.ts';
import { planDownload } from '../../electron/main/carrier-window/downloads.ts';
import { carrierNavigationAllowed, carrierPermissionAllowed, decideWindowOpen, siteOf } from '../../electron/main/carrier-window/url-rules.ts';

const carrier = 'https://www.carrier.example/topup';

describe('carrier page navigation', () => {
  it.each([
    ['https://www.carrier.example/account', true],
    ['https://pay.other.example/checkout?x=1', true],
    ['about:blank', true],
    ['http://www.carrier.example/topup', false], // downgrade
    ['https://evil.example@carrier.example/', false], // credentials hide the real host
    ['https://user:pass@www.carrier.example/', false],
    ['javascript:alert(document.cookie)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:https://www.carrier.example/1f3c', false],
    ['keepline://open', false],
    ['ms-settings:', false],
    ['about:srcdoc', false],
    ['chrome://settings', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, allowed) => {
    expect(carrierNavigationAllowed(url)).toBe(allowed);
  });
});

describe('new windows from a carrier page', () => {
  it.each([
    ['https://secure.carrier.example/3ds', 'child'], // same site
    ['https://www.paypal.com/checkoutnow?token=1', 'child'],
    ['https://centinelapi.cardinalcommerce.com/V1/Cruise', 'child'],
    ['https://www.carrier.example.evil.example/pay', 'external'], // not the same site
    ['https://paypal.com.evil.example/', 'external'],
    ['https://evil.example@www.paypal.com/', 'drop'], // credentials: not a plain link
    ['http://www.carrier.example/help', 'external'], // http is never a child, only the browser's
    ['https://xn--gffgaff-rog.com/', 'external'], // IDN look-alike: a different site
    ['javascript:alert(1)', 'drop'],
    ['file:///C:/Windows/System32/calc.exe', 'drop'],
    ['data:text/html,hi', 'drop'],
    ['blob:https://www.carrier.example/abc', 'drop'],
    ['mailto:care@carrier.example', 'drop'],
    ['tel:+441234', 'drop'],
    ['steam://run/1', 'drop'],
  ])('%s -> %s', (url, action) => {
    expect(decideWindowOpen(url, carrier).action).toBe(action);
  });

  it('hands the browser the parsed URL, not the raw string', () => {
    expect(decideWindowOpen('HTTPS://WWW.Example.COM/a b', carrier)).toEqual({ action: 'external', url: 'https://www.example.com/a%20b' });
  });

  it('counts sites with two-part suffixes correctly', () => {
    expect(siteOf('pay.three.co.uk')).toBe('three.co.uk');
    expect(siteOf('www.evil.co.uk')).not.toBe(siteOf('www.three.co.uk'));
    expect(decideWindowOpen('https://pay.evil.co.uk/', 'https://www.three.co.uk/').action).toBe('external');
    expect(decideWindowOpen('https://pay.three.co.uk/', 'https://www.three.co.uk/').action).toBe('child');
  });

  it('opens no child window from a page that is not https', () => {
    expect(decideWindowOpen('https://www.carrier.example/pay', 'about:blank').action).toBe('external');
  });
});

describe('permissions and downloads', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'usb', 'hid', 'serial', 'midiSysex', 'openExternal', 'fullscreen', 'pointerLock', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(carrierPermissionAllowed(permission)).toBe(false);
    },
  );

  it.each([
    ['receipt.pdf', 'application/pdf', 'receipt.pdf'],
    ['../../.bashrc', 'text/plain', 'bashrc'],
    ['C:\\Windows\\evil.exe', 'application/octet-stream', 'evil.exe'],
    ['invoice\u202Efdp.exe', 'application/pdf', 'invoice_fdp.exe'], // right-to-left override
    ['', 'application/pdf', 'receipt.pdf'],
    ['a<b>:c|d?.pdf', 'application/pdf', 'a_b__c_d_.pdf'],
  ])('saves %j as %j via a save dialog', (name, mime, expected) => {
    expect(planDownload(name, mime).defaultName).toBe(expected);
  });
});

describe('the bar', () => {
  const number = { number: '+447700900123', label: 'UK', deadlineOn: '2026-12-01', timeZone: 'Europe/London' };

  it('shows the host with a lock only for https, and IDN look-alikes in punycode', () => {
    expect(barState(number, 'https://www.giffgaff.com/top-up', true, false)).toMatchObject({ origin: 'www.giffgaff.com', secure: true, canGoBack: true });
    expect(barState(number, 'https://www.gіffgaff.com/', false, false)).toMatchObject({ origin: 'www.xn--gffgaff-rog.com', secure: true });
    expect(barState(number, 'https://evil.example@carrier.example/', false, false).origin).toBe('carrier.example');
    expect(barState(number, 'http://carrier.example/', false, false)).toMatchObject({ origin: 'carrier.example', secure: false });
    expect(barState(number, 'about:blank', false, true)).toMatchObject({ origin: 'about:blank', secure: false, loading: true });
  });
});
