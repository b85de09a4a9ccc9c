// Electron main process: app lifecycle and wiring only.
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElectronPlatform } from './platform/electron.ts';
import { createBackend, type Backend } from './rpc/backend.ts';
import { registerIpc } from './rpc/ipc.ts';
import { setPdfWorkerPath } from './services/pdf/index.ts';
import { buildMenu } from './menu.ts';
import { createMainWindow, lockDownSession, rendererEntry } from './window.ts';

// The bundle lives in dist-electron/; the app's folder is its parent.
const appDir = join(__dirname, '..');
process.env.BRIEFBOOK_ASSETS ??= join(appDir, 'assets');
setPdfWorkerPath(join(__dirname, 'pdf-worker.cjs'));

let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(() => {
    lockDownSession();
    const dataDir = process.env.BRIEFBOOK_DATA ?? app.getPath('userData');
    backend = createBackend({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      platform: createElectronPlatform(app.getPath('documents')),
    });
    const entryUrl = pathToFileURL(rendererEntry(appDir)).href;
    registerIpc({
      ipcMain,
      dispatch: backend.dispatch,
      events: backend.events,
      isTrustedSender: (event) => event.senderFrame?.url === entryUrl && event.senderFrame === event.sender.mainFrame,
      windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    });
    Menu.setApplicationMenu(buildMenu({ dataDir }));
    createMainWindow({ appDir, preload: join(__dirname, 'preload.cjs') });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow({ appDir, preload: join(__dirname, 'preload.cjs') });
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend?.close());
}
