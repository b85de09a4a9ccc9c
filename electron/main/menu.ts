// The application menu. Items that act on the app send a menu command to the window (the renderer maps
// it onto its store actions); text editing uses Chromium's own roles. Only types come from 'electron',
// so the template is tested here without the Electron binary.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuCommandEvent } from '../shared/contract.ts';
import { accelerator, SHORTCUTS, type ShortcutName } from '../shared/shortcuts.ts';

export type RecentBook = { id: string; title: string };

export type MenuOptions = {
  isMac: boolean;
  /** Packaged builds have no developer tools in the menu. */
  isPackaged: boolean;
  send: (event: MenuCommandEvent) => void;
  recentBooks: RecentBook[];
  showAbout: () => void;
  showDataFolder: () => void;
};

const MAX_RECENT = 8;

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  // Every item that acts on the app takes its words and keys from the shortcut table.
  const command = (name: MenuCommand & ShortcutName): MenuItemConstructorOptions => ({
    label: SHORTCUTS[name].label,
    accelerator: accelerator(name, opts.isMac),
    click: () => opts.send({ command: name }),
  });
  const recent: MenuItemConstructorOptions[] = opts.recentBooks.length
    ? opts.recentBooks.slice(0, MAX_RECENT).map((b) => ({
        // "&" would become a mnemonic on Windows and Linux.
        label: b.title.replace(/&/g, '&&').slice(0, 80),
        click: () => opts.send({ command: 'book.open', bookId: b.id }),
      }))
    : [{ label: 'No books yet', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('book.new'),
      command('book.open'),
      { label: 'Recent Books', submenu: recent },
      { type: 'separator' },
      command('library.import'),
      { type: 'separator' },
      command('pdf.export'),
      command('pdf.print'),
      { type: 'separator' },
      opts.isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo and redo go to the window: in a text field they undo typing, elsewhere the last book change.
      command('edit.undo'),
      command('edit.redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('edit.find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(opts.isPackaged
        ? []
        : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      ...(opts.isMac ? [] : [{ label: 'About Briefbook', click: opts.showAbout }]),
      { label: 'Show Data Folder', click: opts.showDataFolder },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Briefbook',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  return opts.isMac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
