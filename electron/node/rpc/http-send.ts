import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './web-policy.ts';

/** One whole answer with the browser host's security headers; a response already started is just ended. */
export function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

/** decodeURIComponent that answers null for a malformed escape ("%E0%A4%A") instead of throwing. */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
