import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiError, ErrorCode } from '#shared/errors.ts';
import { pickLocale, type Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';
import type { Dispatch } from '#core/dispatch.ts';
import type { Logger } from '#core/ports.ts';
import { describeApi } from './describe-api.ts';
import { serveStatic } from './static-files.ts';

export interface WebServerOptions {
  dispatch: Dispatch;
  logger: Logger;
  /** 0 picks a free port. */
  port?: number;
  /** Random per start unless given (tests). */
  token?: string;
  /** The built renderer; null serves the API alone. */
  staticDir: string | null;
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
  storage_failed: 503,
  database_unavailable: 503,
  busy: 503,
  cancelled: 409,
};

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, code: ErrorCode, locale: Locale): void {
  const error: ApiError = { code, message: codeMessage(code, locale) };
  send(res, STATUS_OF[code] ?? 400, { ok: false, error });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is drained unread, so the client still gets its answer.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The development and test transport: the same dispatch as the app's IPC, on 127.0.0.1 only. Every API
 * request needs the per-start token; Host and Origin must name this server, which stops DNS rebinding and
 * other sites' pages from reaching it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Room for a spreadsheet or a JSON export to import; every field has its own, smaller limit.
  const maxBody = options.maxBodyBytes ?? 16_000_000;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    const locale = pickLocale(req.headers['accept-language']?.split(',')[0]);
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 'forbidden', locale);
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
        return refuse(res, 'forbidden', locale);
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'forbidden', locale);
        return serveStatic(res, options.staticDir, url.pathname);
      }

      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token)) return refuse(res, 'unauthorized', locale);

      if (url.pathname === '/api' && req.method === 'GET') return send(res, 200, describeApi());
      if (req.method !== 'POST') return refuse(res, 'forbidden', locale);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 'forbidden', locale);

      // A receipt (at most 10 MB, base64 in JSON) is the one body allowed past the usual limit.
      const body = await readBody(req, maxBody);
      if (body === null) return refuse(res, 'payload_too_large', locale);
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        const error: ApiError = { code: 'invalid_input', message: locale === 'en' ? 'The body is not valid JSON.' : '请求内容不是有效的 JSON。' };
        return send(res, 400, { ok: false, error });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const envelope = await options.dispatch(method, input, { locale });
      send(res, envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 400), envelope);
    } catch (error) {
      options.logger.error('web request failed', { error: String(error) });
      if (!res.headersSent) refuse(res, 'internal', locale);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export function staticDirIfBuilt(dir: string): string | null {
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null;
}
