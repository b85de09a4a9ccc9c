// The shortcut table (electron/shared/shortcuts.ts) on the system the renderer runs on.
import { isShortcut, type ShortcutName, shortcutTitle } from '../../electron/shared/shortcuts.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Undo (Ctrl+Z)" for a button's title. */
export const titleOf = (name: ShortcutName): string => shortcutTitle(name, isMac);

export { isShortcut };
