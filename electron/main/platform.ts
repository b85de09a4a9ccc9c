import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, type OpenDialogOptions, shell } from 'electron';
import type { ExportTarget, Platform } from '../node/platform/types.ts';
import { BOOK_EXTENSION, RECORD_EXTENSIONS } from './policy.ts';
import { createWindow } from './window.ts';

const extensions = (list: readonly string[]) => list.map((e) => e.replace(/^\./, ''));

/** Electron: native open, save and print dialogs, starting in the user's Documents folder. */
export function createElectronPlatform(documentsDir: string, takeOpenFiles: () => string[]): Platform {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
  return {
    takeOpenFiles,

    async chooseExportTarget(fileName: string): Promise<ExportTarget | null> {
      // The file name says what is being saved: a PDF export or a shareable .briefbook file.
      const dot = fileName.lastIndexOf('.');
      const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : 'pdf';
      const isBook = `.${ext}` === BOOK_EXTENSION;
      const options = {
        title: isBook ? 'Save briefing book file' : 'Export briefing book as PDF',
        defaultPath: join(documentsDir, fileName),
        filters: [isBook ? { name: 'Briefing book', extensions: [ext] } : { name: 'PDF', extensions: ['pdf'] }],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const wanted = isBook ? ext : 'pdf';
      const path = result.filePath.toLowerCase().endsWith(`.${wanted}`) ? result.filePath : `${result.filePath}.${wanted}`;
      return { path, downloadUrl: null };
    },

    async chooseFiles(purpose): Promise<string[]> {
      const options: OpenDialogOptions =
        purpose === 'book'
          ? {
              title: 'Open a briefing book',
              defaultPath: documentsDir,
              properties: ['openFile'],
              filters: [
                {
                  name: 'Briefing book',
                  extensions: extensions([BOOK_EXTENSION]),
                },
              ],
            }
          : {
              title: 'Import meeting records',
              defaultPath: documentsDir,
              properties: ['openFile', 'multiSelections'],
              filters: [
                {
                  name: 'Meeting records',
                  extensions: extensions(RECORD_EXTENSIONS),
                },
                { name: 'All files', extensions: ['*'] },
              ],
            };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },

    async showFolder(path: string): Promise<boolean> {
      // openPath answers an error message, or '' on success.
      return (await shell.openPath(path)) === '';
    },

    // The PDF is shown in a hidden window with Chromium's own PDF viewer and printed from there, so the
    // paper matches the exported file exactly (Electron ≥ 32 prints the viewer's pages, not a blank frame).
    async printPdf(path: string): Promise<boolean> {
      const win = createWindow({ kind: 'print' });
      try {
        await win.loadURL(pathToFileURL(path).href);
        // The viewer lays out its pages after the load event; give it a moment before printing.
        await new Promise((r) => setTimeout(r, 800));
        return await new Promise<boolean>((resolve) => {
          win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
        });
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
