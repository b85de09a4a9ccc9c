// How the desktop app serves its own interface: from briefbook://app/, a private scheme that answers
// only with files inside the built renderer folder and always with the Content-Security-Policy.
// A custom scheme instead of file:// because a file:// page may read any other file:// URL and has no
// response headers to carry the CSP. Plain Node (no 'electron' import), so it is tested here.
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, RENDERER_MIME as MIME } from '../node/rpc/web-policy.ts';

export const APP_SCHEME = 'briefbook';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a URL of our own interface (the only pages allowed to use the API or to be shown). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** The file a briefbook:// URL names inside `root`, or null for anything outside it or malformed. */
export function appFileFor(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = resolve(root);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

/** Headers for every response of the interface: the CSP, no MIME sniffing, no referrer. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
