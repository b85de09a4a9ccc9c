import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Result } from '../api/errors.ts';
import { MAX_REQUEST_BODY_BYTES } from '../api/limits.ts';
import type { Dispatch } from './dispatch.ts';
import type { EventBus } from './events.ts';
import { CONTENT_SECURITY_POLICY, RENDERER_MIME as MIME } from './web-policy.ts';

// The largest file (a 50 MB .briefbook) arrives base64-encoded (4/3 larger) inside JSON.
const MAX_BODY = MAX_REQUEST_BODY_BYTES;

export type HttpTransportOptions = {
  dispatch: Dispatch;
  events: EventBus;
  token: string;
  staticDir: string;
  /** Files offered for download, by id (the browser host's exports). */
  downloads: Map<string, { path: string; fileName: string }>;
};

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>) {
  send(res, status, JSON.stringify(result));
}

function tokenMatches(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * HTTP transport for the browser host: POST /rpc/<method> with a JSON body, GET /events
 * (server-sent events), GET /download/<id>, and the built renderer. Every API route needs the
 * per-launch token; the Host header must name the loopback address, which defeats DNS rebinding.
 */
export function createHttpHandler(opts: HttpTransportOptions) {
  const staticRoot = resolve(opts.staticDir);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') {
      return send(res, 403, JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Wrong host.' } }));
    }
    const bearer = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7) : null;
    const authorised = tokenMatches(bearer ?? url.searchParams.get('token'), opts.token);

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendResult(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: 'Use POST.' } });
      if (!authorised) {
        return sendResult(res, 401, {
          ok: false,
          error: {
            code: 'UNAUTHORIZED',
            message: 'This page is not connected to Briefbook; open the address Briefbook printed.',
          },
        });
      }
      let input: unknown = {};
      try {
        const body = await readBody(req);
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendResult(res, 400, {
          ok: false,
          error: { code: 'BAD_INPUT', message: 'The request was not valid JSON or was over 36 MB.' },
        });
      }
      const result = await opts.dispatch(decodeURIComponent(url.pathname.slice(5)), input);
      return sendResult(res, 200, result);
    }

    if (url.pathname === '/events') {
      if (!authorised) return send(res, 401, 'Unauthorized', 'text/plain');
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Content-Type-Options': 'nosniff',
      });
      res.write(': connected\n\n');
      const unsubscribe = opts.events.subscribe((event, payload) => {
        res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
      });
      const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return;
    }

    if (url.pathname.startsWith('/download/')) {
      if (!authorised) return send(res, 401, 'Unauthorized', 'text/plain');
      const entry = opts.downloads.get(url.pathname.slice('/download/'.length));
      if (!entry || !existsSync(entry.path)) return send(res, 404, 'This export is no longer available.', 'text/plain');
      res.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Length': statSync(entry.path).size,
        'Content-Disposition': `attachment; filename="${entry.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(entry.fileName)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      });
      createReadStream(entry.path).pipe(res);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = resolve(join(staticRoot, normalize(relative)));
    if (!file.startsWith(staticRoot + sep) || !existsSync(file) || !statSync(file).isFile()) {
      if (!existsSync(join(staticRoot, 'index.html'))) {
        return send(
          res,
          503,
          'The Briefbook interface has not been built yet: run `npm run build` first.',
          'text/plain; charset=utf-8',
        );
      }
      return send(res, 404, 'Not found', 'text/plain');
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}
