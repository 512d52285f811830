// The UI in Chromium (issue 8): how long the numbers list takes to first paint its rows with many numbers
// beside the same page with 100, and how long one character typed in the search takes to show its result.
// Needs the built renderer (`npx electron-vite build`) and Chromium; without them it says so and skips.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../../tests/e2e/support/browser.ts';
import { repoRoot } from '../../tests/e2e/support/paths.ts';
import { buildNumbers, clock } from './dataset.ts';
import { note, report } from './measure.ts';

const SMALL = 100;
const TYPING_SAMPLES = 20;
const TYPING_GOAL_MS = 50;

interface WebServer {
  url: string;
  stop(): Promise<void>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** `scripts/web.ts` on a data set of `count` numbers, with the data set's clock. */
async function serve(dir: string, count: number): Promise<WebServer> {
  const set = await buildNumbers(fs.mkdtempSync(path.join(dir, `ui-${count}-`)), count);
  set.db.close();
  const child = spawn(process.execPath, ['scripts/web.ts', '--db', set.file, '--port', '0', '--now', clock.now().toISOString()], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Keepline web: (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the web server exited (code ${code}):\n${out}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

async function api<T>(appUrl: string, method: string, input: unknown): Promise<T> {
  const [base, fragment = ''] = appUrl.split('#');
  const token = new URLSearchParams(fragment).get('token') ?? '';
  const response = await fetch(new URL(`api/${method}`, base), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope)}`);
  return envelope.value;
}

const numbersButton = (page: Page) => page.getByRole('navigation').getByRole('button', { name: 'Numbers', exact: true });

// Measured in the page, from the click to the frame that paints the first row (no round trip to this process).
const FIRST_PAINT = `new Promise((resolve) => {
  const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === 'Numbers');
  const start = performance.now();
  const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
  const observer = new MutationObserver(() => {
    if (document.querySelector('.grid-body [role="row"]')) {
      observer.disconnect();
      painted();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true });
  button.click();
})`;

// Counts the API calls in flight, so a round starts only when the page is quiet.
const COUNT_FETCHES = `(() => {
  const fetch = window.fetch.bind(window);
  window.pendingCalls = 0;
  window.fetch = async (...args) => {
    window.pendingCalls += 1;
    try {
      return await fetch(...args);
    } finally {
      window.pendingCalls -= 1;
    }
  };
})()`;

async function quiet(page: Page): Promise<void> {
  await until(page, 'window.pendingCalls === 0');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await until(page, 'window.pendingCalls === 0');
}

/**
 * A page that times the list's first paint: from the dashboard (shown, and its calls answered), a click on
 * Numbers until the frame that paints the first row.
 */
async function paintTimer(browser: Browser, url: string): Promise<{ paint: () => Promise<number>; close: () => Promise<void> }> {
  const page = await openPage(browser);
  page.setDefaultTimeout(120_000);
  await page.addInitScript(COUNT_FETCHES);
  await page.goto(url);
  return {
    paint: async () => {
      await page.getByRole('navigation').getByRole('button', { name: 'Dashboard', exact: true }).click();
      await page.locator('.count-cards').waitFor();
      await quiet(page);
      return (await page.evaluate(FIRST_PAINT)) as number;
    },
    close: () => page.close(),
  };
}

/**
 * The first paint with many numbers and with few, `rounds` times each, alternately, so that the machine's
 * drift during the run falls on both sides alike. The first round of each warms the browser and the server.
 */
async function firstPaints(browser: Browser, manyUrl: string, fewUrl: string, rounds: number): Promise<{ many: number[]; few: number[] }> {
  const many = await paintTimer(browser, manyUrl);
  const few = await paintTimer(browser, fewUrl);
  const times = { many: [] as number[], few: [] as number[] };
  try {
    for (let round = 0; round <= rounds; round += 1) {
      const manyTime = await many.paint();
      const fewTime = await few.paint();
      if (round > 0) {
        times.many.push(manyTime);
        times.few.push(fewTime);
      }
    }
  } finally {
    await many.close();
    await few.close();
  }
  return times;
}

interface Expected {
  total: number;
  firstLabel: string;
}

/** What the list must show for a search: how many match and the first row's label (the core's answer). */
async function expectedFor(url: string, search: string): Promise<Expected> {
  const page = await api<{ total: number; items: { label: string }[] }>(url, 'numbers.list', { search, limit: 1 });
  return { total: page.total, firstLabel: page.items[0]?.label ?? '' };
}

const SHOWS = `(expected) => {
  const count = document.querySelector('.page-heading .count')?.textContent ?? '';
  const first = document.querySelector('.grid-body [role="row"] [role="gridcell"]:nth-child(5)')?.textContent ?? '';
  return (count.match(/\\d+/)?.[0] ?? '') === String(expected.total) && first === expected.firstLabel;
}`;

/** Resolves `window.typed` with the time from the next keydown in the search box to the frame showing `expected`. */
const ARM = `(expected) => {
  const shows = ${SHOWS};
  window.typed = new Promise((resolve) => {
    document.getElementById('numbers-search').addEventListener('keydown', () => {
      const start = performance.now();
      const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
      const observer = new MutationObserver(() => {
        if (shows(expected)) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe(document.querySelector('.numbers-page'), { subtree: true, childList: true, characterData: true });
    }, { once: true });
  });
}`;

/** Single keystrokes that each change the list: "line 1" then "2" shows other numbers than "line 1" alone. */
async function keystrokes(url: string): Promise<{ before: string; key: string; expected: Expected; settled: Expected }[]> {
  const found = [];
  for (let prefix = 10; found.length < TYPING_SAMPLES && prefix < 100; prefix += 1) {
    const before = `line ${prefix}`;
    const key = String(prefix % 10);
    const [settled, expected] = await Promise.all([expectedFor(url, before), expectedFor(url, `${before}${key}`)]);
    const changes = settled.total !== expected.total || settled.firstLabel !== expected.firstLabel;
    if (changes && expected.total > 0 && settled.total > 0) found.push({ before, key, expected, settled });
  }
  return found;
}

/** Polls an expression in the page (the app's content security policy refuses waitForFunction's eval). */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function typingLatencies(browser: Browser, url: string): Promise<number[]> {
  const page = await openPage(browser);
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await numbersButton(page).click();
  await page.locator('.grid-body [role="row"]').first().waitFor();
  const search = page.locator('#numbers-search');
  const times: number[] = [];
  for (const { before, key, expected, settled } of await keystrokes(url)) {
    await search.fill(before);
    await until(page, `(${SHOWS})(${JSON.stringify(settled)})`);
    await page.evaluate(`(${ARM})(${JSON.stringify(expected)})`);
    await search.press(key);
    times.push((await page.evaluate('window.typed')) as number);
  }
  await page.close();
  return times;
}

function missing(): string | null {
  if (!fs.existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) return 'no built renderer: run `npx electron-vite build` first';
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return `no Chromium at ${chromium} (set CHROMIUM_PATH)`;
  return null;
}

export async function benchUiPaint(options: { quick: boolean }): Promise<void> {
  const large = options.quick ? 1_000 : 10_000;
  const rounds = options.quick ? 7 : 15;
  const why = missing();
  if (why) {
    note('UI: first list paint and typing', `skipped: ${why}`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepline-bench-ui-'));
  const browser = await launchBrowser();
  try {
    const small = await serve(dir, SMALL);
    const big = await serve(dir, large).catch(async (error: unknown) => {
      await small.stop();
      throw error;
    });
    try {
      const paints = await firstPaints(browser, big.url, small.url, rounds).finally(() => small.stop());
      report({ path: `UI: first list paint, ${large} numbers vs ${SMALL}`, app: median(paints.many), baseline: median(paints.few), goal: 1.3 });
      const typed = await typingLatencies(browser, big.url);
      const typing = median(typed);
      note(
        `UI: one character typed in search to list shown (${large})`,
        `median ${typing.toFixed(1)} ms of ${typed.length}, slowest ${Math.max(...typed).toFixed(1)} ms   goal <= ${TYPING_GOAL_MS} ms   ${typing <= TYPING_GOAL_MS ? 'ok' : 'MISSES GOAL'}`,
      );
    } finally {
      await big.stop();
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
