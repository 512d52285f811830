// `npm run web -- --db FILE [--port N] [--now ISO]`: the renderer and the API over HTTP, for development
// and browser tests. The packaged app never opens a port.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCore } from '#core/core.ts';
import { KeeplineError } from '#core/errors.ts';
import { consoleLogger, systemClock, type Clock } from '#core/ports.ts';
import { startWebServer, staticDirIfBuilt } from '#server/http-server.ts';
import packageJson from '../package.json' with { type: 'json' };

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join('.keepline-dev', 'keepline.sqlite') },
    port: { type: 'string', default: '0' },
    now: { type: 'string' },
    /** Check every answer against its output schema (tests); off by default, it costs time on long lists. */
    'check-outputs': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
let clock: Clock = systemClock;
if (values.now !== undefined) {
  const fixed = new Date(values.now);
  if (Number.isNaN(fixed.getTime())) {
    console.error(`--now must be an ISO 8601 instant, not "${values.now}"`);
    process.exit(2);
  }
  clock = { now: () => new Date(fixed) };
}

try {
  const core = await startCore({
    databaseFile: path.resolve(values.db),
    clock,
    logger: consoleLogger,
    version: packageJson.version,
    checkOutputs: values['check-outputs'],
  });
  const server = await startWebServer({
    dispatch: core.dispatch,
    logger: consoleLogger,
    port,
    staticDir: staticDirIfBuilt(path.resolve('out/renderer')),
  });
  console.log(`Keepline web: ${server.url}#token=${server.token}`);
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof KeeplineError) {
    // Core's refusal says what happened, naming the file where it matters (damaged, locked, read-only).
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
