// The shape of the store's editor slice (types only: the slice's behaviour is in ../editor.ts).
import type { Book } from '../../../../electron/shared/types.ts';
import type { Result } from '../../api/client.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying';

export type EditorSlice = {
  saveState: SaveState;
  /** Why the last save failed (shown with "Not saved — retrying"). */
  saveProblem: string | null;
  /** Per point: its text is waiting to be saved, or was just saved. */
  pointSave: Record<string, 'saving' | 'saved'>;
  canUndo: boolean;
  canRedo: boolean;
  /** The book shown as the principal will read it. */
  reading: boolean;
  setReading: (reading: boolean) => void;

  /** Runs a change to the open book through the queue; undoable unless said otherwise. */
  commit: (
    work: (bookId: string) => Promise<Result<Book>>,
    context: string,
    opts?: {
      undoable?: boolean;
      /** Shown at once while the API works (e.g. a reordered list); the API's copy replaces it, and a failure puts the book back. */
      optimistic?: (book: Book) => Book;
    },
  ) => Promise<Book | null>;
  /** Shows typed text at once and saves it after a pause. */
  typePoint: (pointId: string, text: string) => void;
  /** Saves any typing now (before leaving, Ctrl+Enter, or another change). */
  flush: () => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Puts the API's copy of the book in the store, keeping typing not yet saved. */
  receiveBook: (book: Book) => Book;
};
