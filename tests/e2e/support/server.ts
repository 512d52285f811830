import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.ts';

export interface TestServer {
  /** The app's address with the token fragment, as `scripts/web.ts` prints it. */
  url: string;
  /** The database file it serves. */
  dbFile: string;
  stop(): Promise<void>;
}

const READY = /^Keepline web: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the web transport on a fresh database in a temporary folder, on a free port; with `zone`, the
 * server's machine is in that zone (quiet hours and snooze presets are in the user's zone).
 */
export async function startServer(options: { now?: string; zone?: string } = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` (electron-vite build) before the e2e tests.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepline-e2e-'));
  // Every answer is also checked against the contract's output schemas: drift between core and UI fails here.
  const dbFile = path.join(dir, 'k.sqlite');
  const args = ['scripts/web.ts', '--db', dbFile, '--port', '0', '--check-outputs'];
  if (options.now) args.push('--now', options.now);
  const env = options.zone ? { ...process.env, TZ: options.zone } : process.env;
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web server did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  return {
    url,
    dbFile,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
