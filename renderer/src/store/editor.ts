// Editor slice: autosave, undo/redo and the order of changes to the open book.
//
// The database is the source of truth. Every change goes to the API in order (one queue), and the
// store takes the Book the API returns. Typing is shown at once and saved after a short pause
// (SAVE_DELAY_MS), so closing the app loses at most the last second. Undo takes back this window's
// own edits only: each edit's answer says what it changed (Book.change), and undo sends that back to
// books.revert, which applies the inverse to the book as it is now. A point the CLI or another window
// added stays; an edit someone else changed since is left alone, with a notice. (zundo would track
// the store's state, but undo here must write through the API and skip others' changes.) On a
// library joined to a desk, undo and redo go to books.undo / books.redo instead: the book's shared
// document holds this laptop's own steps (Yjs's UndoManager), so the other officers' work stays.
import type { Book, BookChange, DeskUndoResult, RevertResult, TalkingPoint } from '../../../electron/shared/types.ts';
import type { ApiError, Result } from '../api/client.ts';
import type { SliceCreator } from './types.ts';
import { combineChanges, type Step, UndoHistory } from './undoSteps.ts';

export const SAVE_DELAY_MS = 600;

import type { EditorSlice } from './state/editor.ts';

export type { EditorSlice, SaveState } from './state/editor.ts';

function withPointText(book: Book, pointId: string, text: string): Book {
  let changed = false;
  const sections = book.sections.map((s) => {
    const i = s.points.findIndex((p) => p.id === pointId);
    if (i === -1 || s.points[i]?.text === text) return s;
    changed = true;
    const points = s.points.slice();
    points[i] = { ...(s.points[i] as TalkingPoint), text };
    return { ...s, points };
  });
  return changed ? { ...book, sections } : book;
}

function withoutChange({ change: _change, ...book }: Book): Book {
  return book;
}

export const createEditorSlice: SliceCreator<EditorSlice> = (set, get, { client }) => {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const history = new UndoHistory();
  /** The open undo step of each point being typed in: its saves join it until the typing is all saved. */
  const typing = new Map<string, Step>();
  /** Typed text not yet saved, by point id. */
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = 1000;
  let savedTimer: ReturnType<typeof setTimeout> | null = null;

  const syncHistory = () => set(history.can(get().book?.id));
  const remember = (change: BookChange | undefined) => {
    if (!change || change.edits.length === 0) return;
    history.push(change.bookId, { change });
    syncHistory();
  };

  const setPointSave = (pointId: string, state: 'saving' | 'saved' | null) => {
    const next = { ...get().pointSave };
    if (state) next[pointId] = state;
    else delete next[pointId];
    set({ pointSave: next });
  };

  const markSaved = () => {
    set({ saveState: 'saved', saveProblem: null });
    if (savedTimer) clearTimeout(savedTimer);
    savedTimer = setTimeout(() => {
      if (get().saveState === 'saved') set({ saveState: 'idle' });
    }, 4000);
  };

  const failed = (error: ApiError) => {
    set({ saveState: 'retrying', saveProblem: error.message });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void enqueue(saveTyping), retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10_000);
  };

  /** Sends every pending text, one point at a time; keeps what fails for the retry. */
  const saveTyping = async (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    const bookId = get().book?.id;
    if (!bookId || pending.size === 0) return;
    set({ saveState: 'saving' });
    for (const [pointId, text] of [...pending]) {
      let res: Result<Book>;
      try {
        res = await client.call('books.updatePoint', { bookId, pointId, text });
      } catch (err) {
        res = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
      }
      if (!res.ok) {
        if (res.error.code === 'NOT_FOUND' || res.error.code === 'BAD_INPUT') {
          // The point is gone (or the text cannot be stored): nothing to retry.
          pending.delete(pointId);
          typing.delete(pointId);
          setPointSave(pointId, null);
          get().showError('Could not save the point', res.error);
          continue;
        }
        failed(res.error);
        return;
      }
      const step = typing.get(pointId);
      if (step && res.value.change) step.change = combineChanges(step.change, res.value.change);
      if (pending.get(pointId) === text) {
        pending.delete(pointId);
        typing.delete(pointId);
        setPointSave(pointId, 'saved');
      }
      get().receiveBook(res.value);
    }
    retryDelay = 1000;
    if (pending.size === 0) markSaved();
  };

  const onDesk = () => {
    const { desk, deskLive } = get();
    return desk?.joined === true || (deskLive !== null && deskLive.state !== 'not-joined');
  };

  /** A book on the desk: the newest step of this laptop's own, taken back (or done again) in the book's document. */
  const deskRevert = async (bookId: string, direction: 'undo' | 'redo'): Promise<void> => {
    let res: Result<DeskUndoResult>;
    try {
      res = await client.call(direction === 'undo' ? 'books.undo' : 'books.redo', { bookId });
    } catch (err) {
      res = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
    }
    if (!res.ok) {
      get().showError(`Could not ${direction}`, res.error);
      return;
    }
    history.follow(bookId, res.value);
    if (res.value.done) markSaved();
    get().receiveBook(res.value.book);
  };

  /** Sends this window's newest step (undo) or the last undone one (redo) to books.revert. */
  const revert = async (direction: 'undo' | 'redo'): Promise<void> => {
    await saveTyping();
    const bookId = get().book?.id;
    if (!bookId) return;
    if (onDesk()) return deskRevert(bookId, direction);
    const step = direction === 'undo' ? history.takeUndo(bookId) : history.takeRedo(bookId);
    const back = (s: Step) => (direction === 'undo' ? history.putUndo(bookId, s) : history.putRedo(bookId, s));
    const forth = (s: Step) => (direction === 'undo' ? history.putRedo(bookId, s) : history.putUndo(bookId, s));
    const verb = direction === 'undo' ? 'undo' : 'redo';
    if (step) {
      let res: Result<RevertResult>;
      try {
        res = await client.call('books.revert', { change: step.change, direction });
      } catch (err) {
        res = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
      }
      if (!res.ok) {
        back(step);
        get().showError(`Could not ${verb}`, res.error);
      } else {
        const { applied, skipped } = res.value;
        if (applied.edits.length > 0) forth({ change: applied });
        markSaved();
        get().receiveBook(res.value.book);
        if (skipped.length > 0) {
          const title = applied.edits.length > 0 ? `Could not ${verb} everything` : `Could not ${verb}`;
          // Stays until dismissed, like an error: the user expected the change to be gone.
          get().notify('error', title, `${skipped.join(' ')} Left as it is, so that change is kept.`);
        }
      }
    }
    syncHistory();
  };

  return {
    saveState: 'idle',
    saveProblem: null,
    pointSave: {},
    canUndo: false,
    canRedo: false,
    reading: false,
    setReading: (reading) => set({ reading }),

    receiveBook: (book) => {
      // The edit's `change` belongs on the undo stack, not in the book shown.
      let shown: Book = book.change ? withoutChange(book) : book;
      for (const [pointId, text] of pending) shown = withPointText(shown, pointId, text);
      get().applyBook(shown);
      syncHistory();
      return shown;
    },

    commit: (work, context, opts = {}) =>
      enqueue(async () => {
        await saveTyping();
        const before = get().book;
        if (!before) {
          get().showError(context, 'Open or create a briefing book first.');
          return null;
        }
        set({ saveState: 'saving' });
        if (opts.optimistic) set({ book: opts.optimistic(before) });
        let res: Result<Book>;
        try {
          res = await work(before.id);
        } catch (err) {
          res = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
        }
        if (!res.ok) {
          if (opts.optimistic) set({ book: before });
          set({ saveState: pending.size ? 'retrying' : 'idle' });
          get().showError(context, res.error);
          return null;
        }
        if (opts.undoable !== false) remember(res.value.change);
        markSaved();
        return get().receiveBook(res.value);
      }),

    typePoint: (pointId, text) => {
      const book = get().book;
      if (!book) return;
      // The first keystroke after a save starts a new undo step; its saves fill it in.
      if (!pending.has(pointId)) {
        const step: Step = { change: { bookId: book.id, edits: [] } };
        typing.set(pointId, step);
        history.push(book.id, step);
        syncHistory();
      }
      pending.set(pointId, text);
      // Only the book changes here (no list, no prefs): this runs on every keystroke.
      set({ book: withPointText(book, pointId, text) });
      if (get().pointSave[pointId] !== 'saving') setPointSave(pointId, 'saving');
      if (get().saveState !== 'retrying') set({ saveState: 'saving' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void enqueue(saveTyping), SAVE_DELAY_MS);
    },

    flush: () => enqueue(saveTyping),

    undo: () => enqueue(() => revert('undo')),

    redo: () => enqueue(() => revert('redo')),
  };
};
