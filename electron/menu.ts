import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

/** The application menu with the usual accelerators. */
export function buildMenu(opts: { dataDir: string }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    {
      label: 'Help',
      submenu: [
        { label: `About Briefbook ${app.getVersion()}`, click: () => app.showAboutPanel() },
        { label: 'Show Data Folder', click: () => void shell.openPath(opts.dataDir) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
