// Text a user or a file supplies is shown as text: markup in a label or a note never becomes HTML.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './support/api.ts';
import { appPages } from './support/pages.ts';
import type { TestServer } from './support/server.ts';
import { useAppSession } from './support/session.ts';

const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const HOSTILE_NOTE = '<script>window.__pwned=2</script>';

describe('user text is inert', () => {
  let server: TestServer;
  let page: Page;
  useAppSession({ now: '2026-11-25T10:00:00Z' }, (session) => ({ server, page } = session));

  beforeAll(async () => {
    await apiCall(server.url, 'numbers.create', {
      phone: '+81 90 1234 5678', label: HOSTILE_LABEL, notes: HOSTILE_NOTE, owner: '"><svg onload=alert(1)>', timeZone: 'Asia/Tokyo', expiryDate: '2026-12-01',
    });
  });

  it('shows markup in labels, owners and notes as the characters typed', async () => {
    const { list } = appPages(page);
    await page.goto(server.url);
    await list.show();
    await expect.poll(() => list.rowTexts()).toEqual([expect.stringContaining(HOSTILE_LABEL)]);
    await list.rows.first().click();
    await expect.poll(() => page.getByText(HOSTILE_NOTE).count()).toBeGreaterThan(0);
    expect(await page.evaluate('window.__pwned ?? null')).toBeNull();
    expect(await page.locator('img[src="x"], svg[onload], b:text("bold")').count()).toBe(0);
  });
});
