// The browser host's files: the built interface, and the exports it offers for download.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { decodePath, send } from './http-send.ts';
import { CONTENT_SECURITY_POLICY, RENDERER_MIME as MIME } from './web-policy.ts';

const TEXT = 'text/plain; charset=utf-8';

/** Streams a file; a file that vanishes or fails mid-way ends the response instead of throwing. */
function stream(res: ServerResponse, file: string): void {
  const source = createReadStream(file);
  source.on('error', () => res.destroy());
  source.pipe(res);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** GET /download/<id>: an export the browser host wrote, as an attachment. */
export function sendDownload(res: ServerResponse, entry: { path: string; fileName: string } | undefined) {
  if (!entry || !isFile(entry.path)) return send(res, 404, 'This export is no longer available.', TEXT);
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Length': statSync(entry.path).size,
    'Content-Disposition': `attachment; filename="${entry.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(entry.fileName)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  stream(res, entry.path);
}

/**
 * The built interface. A path that is not validly encoded, or names a control character, is a bad
 * request (400); anything outside the folder or missing is 404. Neither is logged: a browser or a
 * scanner asking odd things is not a fault of Briefbook's.
 */
export function sendStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, pathname: string) {
  const root = resolve(staticDir);
  const decoded = decodePath(pathname);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters never name one of our files
  if (decoded === null || /[\u0000-\u001f\u007f]/.test(decoded)) return send(res, 400, 'Bad request', TEXT);
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep) || !isFile(file)) {
    if (!existsSync(resolve(root, 'index.html'))) {
      return send(res, 503, 'The Briefbook interface has not been built yet: run `npm run build:renderer` first.', TEXT);
    }
    return send(res, 404, 'Not found', TEXT);
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  stream(res, file);
}
