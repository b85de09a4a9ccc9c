import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { ExportTarget, Platform } from './types.ts';

/** Electron: a native save dialog, starting in the user's Documents folder. */
export function createElectronPlatform(documentsDir: string): Platform {
  return {
    async chooseExportTarget(fileName: string): Promise<ExportTarget | null> {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Export briefing book as PDF',
        defaultPath: join(documentsDir, fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
      return { path, downloadUrl: null };
    },
  };
}
