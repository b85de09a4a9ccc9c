import assert from 'node:assert/strict';
import { test } from 'node:test';
import { menuTemplate } from '../../electron/main/menu.ts';
import { isShortcut, SHORTCUTS, shortcutTitle } from '../../electron/shared/shortcuts.ts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

test('Ctrl+Z undoes; Ctrl+Y and Shift+Ctrl+Z (or Cmd) redo; a plain Z types a letter', () => {
  assert.equal(isShortcut('edit.undo', press('z', { ctrl: true })), true);
  assert.equal(isShortcut('edit.undo', press('Z', { ctrl: true, shift: true })), false);
  assert.equal(isShortcut('edit.redo', press('Z', { meta: true, shift: true })), true);
  assert.equal(isShortcut('edit.redo', press('y', { ctrl: true })), true);
  assert.equal(isShortcut('edit.undo', press('z')), false);
  assert.equal(isShortcut('point.save', press('Enter', { ctrl: true })), true);
  assert.equal(isShortcut('point.bold', press('B', { ctrl: true, alt: true })), false);
});

test('the buttons say the keys the menu uses, on Windows and on the Mac', () => {
  assert.equal(shortcutTitle('edit.undo', false), 'Undo (Ctrl+Z)');
  assert.equal(shortcutTitle('edit.redo', true), 'Redo (Shift+Cmd+Z)');
  for (const isMac of [false, true]) {
    const items = menuTemplate({
      isMac,
      isPackaged: true,
      send: () => {},
      recentBooks: [],
      showAbout: () => {},
      showDataFolder: () => {},
    }).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const redo = items.find((i) => i.label === SHORTCUTS['edit.redo'].label);
    assert.equal(redo?.accelerator, isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y');
    assert.equal(items.find((i) => i.label === 'Import Records…')?.accelerator, SHORTCUTS['library.import'].accelerator);
  }
});

test('no two commands share a key, so typing italic in a point never opens the Import dialog', () => {
  for (const isMac of [false, true]) {
    const seen = new Map<string, string>();
    for (const name of Object.keys(SHORTCUTS) as (keyof typeof SHORTCUTS)[]) {
      const s: { accelerator: string; mac?: string; also?: readonly string[] } = SHORTCUTS[name];
      for (const combo of new Set([isMac ? (s.mac ?? s.accelerator) : s.accelerator, ...(s.also ?? [])])) {
        const other = seen.get(combo);
        assert.equal(other, undefined, `${combo} is both ${other} and ${name}${isMac ? ' on the Mac' : ''}`);
        seen.set(combo, name);
      }
    }
  }
});
