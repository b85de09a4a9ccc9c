// The one place a BrowserWindow is made, and the guards every web page in the app lives under:
// the same locked-down settings for each window, the CSP on every response, no navigation, no new
// windows, no permissions, and external links only to https after the user says yes.
import { readFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, protocol, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../node/rpc/web-policy.ts';
import { vetExternalUrl } from './policy.ts';
import { APP_ENTRY_URL, APP_SCHEME, appFileFor, appResponseHeaders, isAppUrl } from './protocol.ts';

/** Must run before the app is ready: briefbook:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** Serves the built renderer folder on briefbook://app/ and nothing else. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? appFileFor(request.url, rendererDir) : null;
    if (!file)
      return new Response('Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain' },
      });
    try {
      return new Response(await readFile(file), {
        status: 200,
        headers: appResponseHeaders(file),
      });
    } catch {
      return new Response('Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain' },
      });
    }
  });
}

/** Asks before handing an https link to the system browser; anything else is refused silently. */
export async function openExternalSafely(rawUrl: string, parent?: BrowserWindow | null): Promise<boolean> {
  const url = vetExternalUrl(rawUrl);
  if (!url) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

/**
 * Guards for every webContents the app ever gets (windows, the print window, anything Chromium makes):
 * it may not navigate away, open windows, or attach a <webview>. Wired to app 'web-contents-created'.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // Reloading our own page is fine; going anywhere else is not (a dropped file, a link, a redirect).
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, BrowserWindow.fromWebContents(contents));
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, clipboard read…), pins the CSP, refuses downloads. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Nothing is fetched from the network: any request that is not our own interface or a local file is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok =
      isAppUrl(details.url) ||
      details.url.startsWith('file:') ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('chrome-extension:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:');
    callback({ cancel: !ok });
  });
  ses.on('will-download', (event) => event.preventDefault());
}

export type WindowKind = { kind: 'main'; preload: string; bounds?: Partial<Electron.Rectangle> } | { kind: 'print' };

/**
 * Every BrowserWindow comes from here, with one literal set of web preferences (written out in full
 * so the static audit sees exactly what every window gets). The print window differs only in having
 * Chromium's PDF viewer (plugins) and no preload, so it has no API at all.
 */
export function createWindow(spec: WindowKind): BrowserWindow {
  const isMain = spec.kind === 'main';
  const win = new BrowserWindow({
    show: false,
    title: 'Briefbook',
    backgroundColor: '#f6f7f9',
    width: isMain ? 1280 : 800,
    height: isMain ? 840 : 1000,
    ...(isMain ? { ...spec.bounds, minWidth: 900, minHeight: 600 } : {}),
    webPreferences: {
      preload: isMain ? spec.preload : undefined,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      plugins: !isMain,
      devTools: !app.isPackaged,
      spellcheck: true,
    },
  });
  if (isMain) {
    win.once('ready-to-show', () => win.show());
    void win.loadURL(APP_ENTRY_URL);
  }
  return win;
}
