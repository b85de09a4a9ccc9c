// Electron main process: app lifecycle and wiring only. Security settings live in window.ts, the menu
// in menu.ts, the decisions about outside input in policy.ts and protocol.ts.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { app, type BrowserWindow, ipcMain, Menu, screen } from 'electron';
import { setImportWorkerPath } from '../node/library/import-job.ts';
import { setPdfWorkerPath } from '../node/pdf/index.ts';
import { type Backend, createBackend } from '../node/rpc/backend.ts';
import type { MenuCommandEvent } from '../shared/contract.ts';
import type { BookSummary } from '../shared/types.ts';
import { EVENT_CHANNEL, registerIpc } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { createElectronPlatform } from './platform.ts';
import { filesFromArgv } from './policy.ts';
import { isAppUrl } from './protocol.ts';
import { createWindow, guardWebContents, lockDownSession, registerAppScheme, serveRenderer } from './window.ts';
import { placeWindow, readWindowState, writeWindowState } from './window-state.ts';

// A packaged app refuses to start with a debugging port or Node inspector switches: nobody on a
// ministry laptop needs them, and they would let another program drive the app. (The Node switches
// are also disabled by Electron fuses at packaging time; see electron-builder.yml.)
const DEBUG_SWITCHES = /^--(remote-debugging-port|remote-debugging-pipe|inspect|inspect-brk|inspect-port|js-flags)(=|$)/;
if (app.isPackaged && process.argv.some((a) => DEBUG_SWITCHES.test(a))) {
  app.exit(1);
}

// The bundle lives in dist-electron/; the app's folder is its parent. A packaged app keeps fonts and
// sample records as plain files in resources/ (electron-builder extraResources), read by worker threads.
const appDir = join(__dirname, '..');
const resources = app.isPackaged ? process.resourcesPath : appDir;
process.env.BRIEFBOOK_ASSETS ??= join(resources, 'assets');
if (app.isPackaged) process.env.BRIEFBOOK_FONTS_DIR ??= join(resources, 'fonts');
// The worker script is unpacked from the asar archive (asarUnpack) so a worker thread can load it.
const unpacked = (file: string) => join(__dirname, file).replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
setPdfWorkerPath(unpacked('pdf-worker.cjs'));
setImportWorkerPath(unpacked('import-worker.cjs'));

app.enableSandbox();
registerAppScheme();

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
/** Files the system asked us to open before the window was listening; the renderer takes them once. */
const pendingFiles: string[] = [];
let rendererListening = false;

function sendToWindow(message: MenuCommandEvent): void {
  const win = mainWindow;
  if (!win || win.isDestroyed()) return;
  win.webContents.send(EVENT_CHANNEL, {
    event: 'app.menuCommand',
    payload: message,
  });
}

/** Opens files (a .briefbook or records) handed over by the system: now if the window listens, else queued. */
function openFiles(paths: string[]): void {
  if (paths.length === 0) return;
  for (const p of paths) app.addRecentDocument(p);
  if (rendererListening && mainWindow && !mainWindow.isDestroyed()) sendToWindow({ command: 'files.open', paths });
  else pendingFiles.push(...paths);
  focusMainWindow();
}

function focusMainWindow(): void {
  const win = mainWindow;
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function refreshMenu(dataDir: string): Promise<void> {
  let recentBooks: { id: string; title: string }[] = [];
  const listed = await backend?.dispatch('books.list', {});
  if (listed?.ok)
    recentBooks = (listed.value as BookSummary[]).map((b) => ({
      id: b.id,
      title: b.title,
    }));
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: sendToWindow,
    recentBooks,
    showAbout: () => app.showAboutPanel(),
    showDataFolder: () => void backend?.ctx.platform.showFolder?.(dataDir),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(dataDir: string): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const placed = placeWindow(readWindowState(stateFile), displays);
  const win = createWindow({
    kind: 'main',
    preload: join(__dirname, 'preload.cjs'),
    bounds: {
      x: placed.x,
      y: placed.y,
      width: placed.width,
      height: placed.height,
    },
  });
  if (placed.maximized) win.maximize();
  win.on('close', () => {
    try {
      writeWindowState(stateFile, {
        ...win.getNormalBounds(),
        maximized: win.isMaximized(),
      });
    } catch {
      // Remembering the window is a courtesy; never block closing on it.
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    rendererListening = false;
  });
  // A reload forgets the listeners; queue again until the renderer asks for its files.
  win.webContents.on('did-start-loading', () => {
    rendererListening = false;
  });
  void refreshMenu(dataDir);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  // Another Briefbook is running: it receives our argv through 'second-instance' and opens the files.
  app.quit();
} else {
  pendingFiles.push(...filesFromArgv(process.argv.slice(app.isPackaged ? 0 : 1), process.cwd()));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    openFiles(filesFromArgv(argv.slice(app.isPackaged ? 0 : 1), workingDirectory));
    focusMainWindow();
  });

  // macOS: a file double-clicked in the Finder or dropped on the Dock icon (may come before 'ready').
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (existsSync(path)) openFiles([path]);
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.whenReady().then(() => {
    lockDownSession();
    serveRenderer(join(appDir, 'renderer', 'dist'));
    const dataDir = process.env.BRIEFBOOK_DATA ?? app.getPath('userData');
    app.setAboutPanelOptions({
      applicationName: 'Briefbook',
      applicationVersion: app.getVersion(),
      copyright: 'Briefing books from meeting records',
    });
    const takeOpenFiles = () => {
      rendererListening = true;
      return pendingFiles.splice(0);
    };
    backend = createBackend({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      platform: createElectronPlatform(app.getPath('documents'), takeOpenFiles),
    });
    const live = backend;
    // The Recent Books menu follows the books: refresh it after any change to them.
    const dispatch: Backend['dispatch'] = async (method, input) => {
      const result = await live.dispatch(method, input);
      if (result.ok && method.startsWith('books.') && method !== 'books.list' && method !== 'books.get')
        void refreshMenu(dataDir);
      return result;
    };
    registerIpc({
      ipcMain,
      dispatch,
      events: live.events,
      // Only the top frame of our own window, showing our own interface, may call the API.
      isTrustedSender: (event) => {
        const frame = event.senderFrame;
        return (
          frame !== null &&
          frame === event.sender.mainFrame &&
          isAppUrl(frame.url) &&
          mainWindow !== null &&
          !mainWindow.isDestroyed() &&
          event.sender === mainWindow.webContents
        );
      },
      windows: () => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents] : []),
    });
    mainWindow = openMainWindow(dataDir);
    app.on('activate', () => {
      if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openMainWindow(dataDir);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend?.close());
}
