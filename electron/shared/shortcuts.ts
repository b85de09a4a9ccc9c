// Every keyboard shortcut, in one table: the Electron menu takes its accelerators from it, the buttons
// their "(Ctrl+Z)" hints, and the renderer's key handlers their keys. Shared layer: imports nothing.

export type Shortcut = {
  /** The menu item's or button's words. */
  label: string;
  /** Electron accelerator; `mac` when the Mac convention differs. */
  accelerator: string;
  mac?: string;
  /** Other key combinations that do the same (Shift+Ctrl+Z redoes on every system). */
  also?: readonly string[];
};

export const SHORTCUTS = {
  'book.new': { label: 'New Book', accelerator: 'CmdOrCtrl+N' },
  'book.open': { label: 'Open Book…', accelerator: 'CmdOrCtrl+O' },
  // Not Ctrl+I: that is italic while a point is edited, and a menu accelerator would take it first.
  'library.import': { label: 'Import Records…', accelerator: 'Shift+CmdOrCtrl+O' },
  'pdf.export': { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E' },
  'pdf.print': { label: 'Print…', accelerator: 'CmdOrCtrl+P' },
  'edit.undo': { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  'edit.redo': { label: 'Redo', accelerator: 'CmdOrCtrl+Y', mac: 'Shift+CmdOrCtrl+Z', also: ['Shift+CmdOrCtrl+Z'] },
  'edit.find': { label: 'Find…', accelerator: 'CmdOrCtrl+F' },
  'point.save': { label: 'Save the point', accelerator: 'CmdOrCtrl+Enter' },
  'point.bold': { label: 'Bold', accelerator: 'CmdOrCtrl+B' },
  'point.italic': { label: 'Italic', accelerator: 'CmdOrCtrl+I' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutName = keyof typeof SHORTCUTS;

/** The accelerator on this system. */
export function accelerator(name: ShortcutName, isMac: boolean): string {
  const s: Shortcut = SHORTCUTS[name];
  return (isMac && s.mac) || s.accelerator;
}

/** "Undo (Ctrl+Z)", "Redo (Shift+Cmd+Z)": a button's title. */
export function shortcutTitle(name: ShortcutName, isMac: boolean): string {
  const keys = accelerator(name, isMac).replace('CmdOrCtrl', isMac ? 'Cmd' : 'Ctrl');
  return `${SHORTCUTS[name].label} (${keys})`;
}

type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

function pressed(combo: string, e: KeyPress): boolean {
  const parts = combo.split('+');
  const key = parts.pop()?.toLowerCase();
  const shift = parts.includes('Shift');
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;
}

/** True when a key press is the shortcut (any of its combinations, on any system). */
export function isShortcut(name: ShortcutName, e: KeyPress): boolean {
  const s: Shortcut = SHORTCUTS[name];
  return [s.accelerator, ...(s.mac ? [s.mac] : []), ...(s.also ?? [])].some((c) => pressed(c, e));
}
