// What the host tells every window without being asked: the events and their payloads, and the
// commands the desktop app's menu sends. Apart from the methods' contract, which re-exports them.
import type { EventName } from './methods.ts';
import type { DeskLiveState, ExportProgress, ImportProgress } from './types.ts';

/** What the desktop app's menu (or the system, for files opened with Briefbook) asks the window to do. */
export const MENU_COMMANDS = [
  'book.new',
  'book.open',
  'library.import',
  'files.open',
  'pdf.export',
  'pdf.print',
  'edit.undo',
  'edit.redo',
  'edit.find',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/**
 * `paths` comes with files.open (files opened from the file manager or a second launch); `bookId` with
 * book.open from File > Recent Books (without it, book.open asks for a .briefbook file).
 */
export type MenuCommandEvent = { command: MenuCommand; paths?: string[]; bookId?: string };

export type EventPayloads = {
  'pdf.progress': ExportProgress;
  'library.changed': { reason: 'import' | 'seed' | 'correct' | 'desk' };
  'library.importProgress': ImportProgress;
  'app.menuCommand': MenuCommandEvent;
  'desk.changed': DeskLiveState;
};
// Every event named in methods.ts has a payload type, and nothing else does.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const eventsAreComplete: Exact<keyof EventPayloads, EventName> = true;
