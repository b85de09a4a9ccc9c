import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError, Result } from '../../shared/errors.ts';
import { MAX_REQUEST_BODY_BYTES } from '../../shared/limits.ts';
import type { Dispatch } from './dispatch.ts';
import type { EventBus } from './events.ts';
import { sendDownload, sendStatic } from './http-files.ts';
import { decodePath, send } from './http-send.ts';
import { isOwnOrigin, serverPathRefusal } from './web-policy.ts';

// The largest file (a 50 MB .briefbook) arrives base64-encoded (4/3 larger) inside JSON.
export const MAX_BODY = MAX_REQUEST_BODY_BYTES;

export type HttpTransportOptions = {
  dispatch: Dispatch;
  events: EventBus;
  token: string;
  staticDir: string;
  /** Files offered for download, by id (the browser host's exports). */
  downloads: Map<string, { path: string; fileName: string }>;
};

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra?: Record<string, string>) {
  send(res, status, JSON.stringify(result), undefined, extra);
}

function sendError(res: ServerResponse, status: number, code: ApiError['code'], message: string, extra?: Record<string, string>) {
  sendResult(res, status, { ok: false, error: { code, message } }, extra);
}

function tokenMatches(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Body = { ok: true; text: string } | { ok: false; tooLarge: boolean };

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      resolveBody(body);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Stop keeping what arrives; the answer says why and the connection closes after it.
        req.removeAllListeners('data');
        req.resume();
        finish({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => finish({ ok: false, tooLarge: false }));
    req.on('close', () => finish({ ok: false, tooLarge: false }));
  });
}

const TOO_LARGE = `The request is over ${Math.round(MAX_BODY / 1024 / 1024)} MB; import large files one at a time.`;
const NOT_CONNECTED = 'This page is not connected to Briefbook; open the address Briefbook printed.';
const FOREIGN = 'Briefbook answers only its own page; this request came from another site.';

/**
 * HTTP transport for the browser host: POST /rpc/<method> with a JSON body, GET /events
 * (server-sent events), GET /download/<id>, and the built renderer. Every API route needs the
 * per-launch token and a request from our own page (Origin, Sec-Fetch-Site); the Host header must
 * name the loopback address, which defeats DNS rebinding. Every answer, even to a malformed request,
 * is a status and a message; nothing thrown reaches the server.
 */
export function createHttpHandler(opts: HttpTransportOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return sendError(res, 400, 'BAD_INPUT', 'The address of this request is not valid.');
    }
    const hostHeader = req.headers.host ?? '';
    const host = hostHeader.replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') return sendError(res, 403, 'UNAUTHORIZED', 'Wrong host.');
    const bearer = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7) : null;
    const authorised = tokenMatches(bearer ?? url.searchParams.get('token'), opts.token);
    const ownOrigin = isOwnOrigin({
      origin: req.headers.origin,
      host: hostHeader,
      fetchSite: req.headers['sec-fetch-site'] as string | undefined,
    });

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendError(res, 405, 'BAD_INPUT', 'Use POST.', { Allow: 'POST' });
      if (!ownOrigin) return sendError(res, 403, 'UNAUTHORIZED', FOREIGN);
      if (!authorised) return sendError(res, 401, 'UNAUTHORIZED', NOT_CONNECTED);
      const method = decodePath(url.pathname.slice('/rpc/'.length));
      if (method === null) return sendError(res, 400, 'BAD_INPUT', 'The operation’s name in the address is not validly encoded.');
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
        return sendError(res, 413, 'BAD_INPUT', TOO_LARGE, {
          Connection: 'close',
        });
      }
      const body = await readBody(req);
      if (!body.ok) {
        if (!body.tooLarge) return void res.destroy();
        return sendError(res, 413, 'BAD_INPUT', TOO_LARGE, {
          Connection: 'close',
        });
      }
      let input: unknown = {};
      try {
        input = body.text.trim() === '' ? {} : JSON.parse(body.text);
      } catch {
        return sendError(res, 400, 'BAD_INPUT', 'The request was not valid JSON.');
      }
      const refusal = serverPathRefusal(method, input);
      if (refusal) return sendError(res, 200, 'BAD_INPUT', refusal);
      return sendResult(res, 200, await opts.dispatch(method, input));
    }

    if (url.pathname === '/events') {
      if (req.method !== 'GET') return send(res, 405, 'Use GET.', 'text/plain; charset=utf-8', { Allow: 'GET' });
      if (!ownOrigin) return send(res, 403, FOREIGN, 'text/plain; charset=utf-8');
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

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', 'text/plain', { Allow: 'GET, HEAD' });

    if (url.pathname.startsWith('/download/')) {
      if (!ownOrigin) return send(res, 403, FOREIGN, 'text/plain; charset=utf-8');
      if (!authorised) return send(res, 401, 'Unauthorized', 'text/plain');
      return sendDownload(res, opts.downloads.get(url.pathname.slice('/download/'.length)));
    }

    return sendStatic(req, res, opts.staticDir, url.pathname);
  };
}
