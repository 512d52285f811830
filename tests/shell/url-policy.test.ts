import { describe, expect, it } from 'vitest';
import { externalUrlAllowed, isAppUrl } from '../../electron/main/url-policy.ts';

const FILE_ENTRY = 'file:///opt/Keepline/resources/app.asar/out/renderer/index.html';
const DEV_ENTRY = 'http://localhost:5173/';

describe('isAppUrl with the built index.html', () => {
  it.each([
    FILE_ENTRY,
    `${FILE_ENTRY}#/numbers/12`,
    `${FILE_ENTRY}?view=list`,
    'FILE:///opt/Keepline/resources/app.asar/out/renderer/index.html',
  ])('accepts %s', (url) => expect(isAppUrl(url, FILE_ENTRY)).toBe(true));

  it.each([
    'file:///opt/Keepline/resources/app.asar/out/renderer/other.html',
    'file:///opt/Keepline/resources/app.asar/out/renderer/',
    'file:///opt/Keepline/resources/app.asar/out/renderer/index.html/../../../../../../etc/passwd',
    'file:///opt/Keepline/resources/app.asar/out/renderer/%2e%2e/renderer2/index.html',
    'file:///opt/Keepline/resources/app.asar/out/renderer/index.html%00.png',
    'file:///opt/Keepline/resources/app.asar/out/renderer/index.htm',
    'file://evil.example/opt/Keepline/resources/app.asar/out/renderer/index.html',
    'file:///etc/passwd',
    'http://localhost:5173/',
    'https://opt/Keepline/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:file:///00000000-0000-0000-0000-000000000000',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'keepline://index.html',
    '',
    'index.html',
    'not a url at all',
  ])('refuses %s', (url) => expect(isAppUrl(url, FILE_ENTRY)).toBe(false));

  it('compares escaped paths decoded, so a folder with spaces still matches', () => {
    const entry = 'file:///Users/Ann%20Lee/Keepline/out/renderer/index.html';
    expect(isAppUrl('file:///Users/Ann Lee/Keepline/out/renderer/index.html', entry)).toBe(true);
    expect(isAppUrl('file:///Users/Ann%2520Lee/Keepline/out/renderer/index.html', entry)).toBe(false);
    expect(isAppUrl('file:///Users/Ann%ZZLee/Keepline/out/renderer/index.html', entry)).toBe(false);
  });

  it('matches Windows drive paths', () => {
    const entry = 'file:///C:/Program%20Files/Keepline/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl('file:///C:/Program Files/Keepline/resources/app.asar/out/renderer/index.html#/x', entry)).toBe(true);
    expect(isAppUrl('file:///D:/Program Files/Keepline/resources/app.asar/out/renderer/index.html', entry)).toBe(false);
    expect(isAppUrl('file://server/share/Keepline/out/renderer/index.html', entry)).toBe(false);
  });
});

describe('isAppUrl with the dev server', () => {
  it.each([DEV_ENTRY, 'http://localhost:5173/#/numbers', 'http://localhost:5173/src/main.tsx', 'http://LOCALHOST:5173/'])(
    'accepts %s',
    (url) => expect(isAppUrl(url, DEV_ENTRY)).toBe(true),
  );

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'ws://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'http://localhost:5173.evil.example/',
    'http://localhost.evil.example:5173/',
    'http://evil.example/localhost:5173/',
    'http://evil.example/?next=http://localhost:5173/',
    'http://user:pass@localhost:5173/',
    'http://localhost:5173@evil.example/',
    'http://localhost%3A5173@evil.example/',
    'file:///opt/Keepline/out/renderer/index.html',
    'javascript://localhost:5173/%0aalert(1)',
  ])('refuses %s', (url) => expect(isAppUrl(url, DEV_ENTRY)).toBe(false));

  it('refuses everything when the entry itself is not a page we load', () => {
    expect(isAppUrl('javascript:alert(1)', 'javascript:alert(1)')).toBe(false);
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isAppUrl('anything', 'not a url')).toBe(false);
  });
});

describe('externalUrlAllowed', () => {
  it.each([
    'https://www.example-carrier.com/renew?msisdn=447700900123',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Path',
    '  https://example.com/leading-space-is-trimmed-by-the-parser',
    'https://xn--exmple-cua.com/',
  ])('allows %s', (url) => expect(externalUrlAllowed(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file://attacker.example/share/payload.exe',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'ftp://example.com/file',
    'keepline://open',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'https://:secret@example.com/',
    '//example.com/protocol-relative',
    '/relative/path',
    'https://',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(externalUrlAllowed(url)).toBe(false));
});
