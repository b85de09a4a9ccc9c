// The desktop shell's own decisions, tested without the Electron binary: the menu a desk officer sees
// (with the usual shortcuts, sending commands to the window, no developer tools in a packaged app) and
// a remembered window that always comes back on a screen that exists.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/main/menu.ts';
import { placeWindow, readWindowState, writeWindowState } from '../../electron/main/window-state.ts';
import type { MenuCommandEvent } from '../../electron/shared/contract.ts';
import { tempDir } from '../helpers/library.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('the application menu', () => {
  const sent: MenuCommandEvent[] = [];
  const build = (isMac: boolean, isPackaged = true) =>
    menuTemplate({
      isMac,
      isPackaged,
      send: (e) => sent.push(e),
      recentBooks: [{ id: 'b1', title: 'Visit of the Foreign Minister & delegation' }],
      showAbout: () => {},
      showDataFolder: () => {},
    });

  test('has File, Edit, View and Help with the usual shortcuts', () => {
    const menu = build(false);
    assert.deepEqual(
      menu.map((m) => m.label),
      ['&File', '&Edit', '&View', '&Help'],
    );
    const byLabel = new Map(flatten(menu).map((i) => [i.label, i]));
    const expected: [string, string][] = [
      ['New Book', 'CmdOrCtrl+N'],
      ['Open Book…', 'CmdOrCtrl+O'],
      ['Import Records…', 'Shift+CmdOrCtrl+O'],
      ['Export PDF…', 'CmdOrCtrl+E'],
      ['Print…', 'CmdOrCtrl+P'],
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Y'],
      ['Find…', 'CmdOrCtrl+F'],
    ];
    for (const [label, accelerator] of expected) assert.equal(byLabel.get(label)?.accelerator, accelerator, label);
    const roles = flatten(menu).map((i) => i.role);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen'])
      assert.ok(roles.includes(role as never), role);
    assert.ok(byLabel.has('Show Data Folder') && byLabel.has('About Briefbook'));
  });

  test('items that act on the app send their command to the window; Recent Books opens that book', () => {
    sent.length = 0;
    const items = flatten(build(false));
    const click = (label: string) => {
      const item = items.find((i) => i.label === label);
      assert.ok(item?.click, `${label} is not clickable`);
      (item.click as () => void)();
    };
    click('New Book');
    click('Import Records…');
    click('Print…');
    click('Visit of the Foreign Minister && delegation');
    assert.deepEqual(sent, [
      { command: 'book.new' },
      { command: 'library.import' },
      { command: 'pdf.print' },
      { command: 'book.open', bookId: 'b1' },
    ]);
  });

  test('on macOS there is the app menu and the Window menu, and Redo is Shift+Cmd+Z', () => {
    const menu = build(true);
    assert.equal(menu[0]?.label, 'Briefbook');
    assert.ok(menu.some((m) => m.role === 'windowMenu'));
    assert.equal(flatten(menu).find((i) => i.label === 'Redo')?.accelerator, 'Shift+CmdOrCtrl+Z');
  });

  test('developer tools and reload appear only in development', () => {
    const roles = (packaged: boolean) => flatten(build(false, packaged)).map((i) => i.role);
    assert.ok(!roles(true).includes('toggleDevTools') && !roles(true).includes('reload'));
    assert.ok(roles(false).includes('toggleDevTools'));
  });
});

describe('the remembered window', () => {
  const dir = tempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));
  const laptop = { x: 0, y: 0, width: 1440, height: 870 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

  test('comes back where it was, on the screen it was on', () => {
    const file = join(dir, 'window-state.json');
    writeWindowState(file, {
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
    assert.deepEqual(placeWindow(readWindowState(file), [laptop, monitor]), {
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  test('comes back on the laptop, centred, when the monitor it was on is unplugged', () => {
    const placed = placeWindow({ x: 1600, y: 100, width: 1400, height: 900, maximized: true }, [laptop]);
    assert.deepEqual(placed, {
      x: 80,
      y: 15,
      width: 1280,
      height: 840,
      maximized: true,
    });
  });

  test('is shrunk and moved to fit a smaller screen, never hanging off its edge', () => {
    const placed = placeWindow({ x: 1000, y: 500, width: 2000, height: 1200, maximized: false }, [laptop]);
    assert.deepEqual(placed, {
      x: 0,
      y: 0,
      width: 1440,
      height: 870,
      maximized: false,
    });
  });

  test('a damaged or hand-edited state file is ignored, and the default window opens', () => {
    const file = join(dir, 'bad.json');
    for (const content of [
      '{not json',
      '{"x":"0","y":0,"width":10,"height":10}',
      '{"x":0,"y":0,"width":-5,"height":10}',
      'null',
      '',
    ]) {
      writeFileSync(file, content);
      assert.equal(readWindowState(file), null, content);
    }
    assert.equal(readWindowState(join(dir, 'missing.json')), null);
    assert.deepEqual(placeWindow(null, [laptop]), {
      x: 80,
      y: 15,
      width: 1280,
      height: 840,
      maximized: false,
    });
  });
});
