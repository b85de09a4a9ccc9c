// What both ways of serving the interface share (the browser host over HTTP, the desktop app's
// briefbook:// scheme): the content types of the built renderer's files and the one CSP.

export const RENDERER_MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** Only our own code, no inline scripts, nothing remote; inline styles are allowed (a style cannot run code). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Whether a request to the browser host comes from our own page. A browser names the page that sent
 * a request in `Origin` (cross-origin requests, and every POST) and says where it comes from in
 * `Sec-Fetch-Site`; another site's page may know the address but must not get an answer, even if it
 * guessed or stole the token. Programs that are not browsers (the tests, curl) send neither and are
 * held to the token alone.
 */
export function isOwnOrigin(headers: { origin?: string; host?: string; fetchSite?: string }): boolean {
  if (headers.fetchSite !== undefined && headers.fetchSite !== 'same-origin' && headers.fetchSite !== 'none') return false;
  if (headers.origin === undefined) return true;
  return headers.origin === `http://${headers.host ?? ''}`;
}

/**
 * What a web page may not ask of the browser host: to read or write a path on this computer. The
 * browser host has no file chooser of its own, so every path a page names would be one the user never
 * chose; files arrive as uploaded bytes (library.importData, books.openData) and exports as downloads.
 * The desktop app and the CLI, where the user chose the path, keep these calls.
 */
export function serverPathRefusal(method: string, input: unknown): string | null {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (method === 'library.import')
    return 'In the browser, Briefbook imports only files you choose or drop on the window; it does not read paths on this computer.';
  if (method === 'books.openFile')
    return 'In the browser, open a .briefbook file by choosing it (Open book file…); Briefbook does not read paths on this computer.';
  if ((method === 'books.saveFile' || method === 'pdf.export') && fields.outPath !== undefined)
    return 'In the browser, Briefbook offers the file as a download; it does not write to paths on this computer.';
  return null;
}
