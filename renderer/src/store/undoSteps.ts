// This window's own undo and redo steps, one history per book. A step is what the window's own
// edit changed (the `change` the API returned), never a snapshot of the book: undo sends it back to
// books.revert, so another writer's points and words (the CLI, another window) are never undone.
import type { BookChange, BookEdit } from '../../../electron/shared/types.ts';

const HISTORY_LIMIT = 200;

export type Step = { change: BookChange };

/** Several changes as one step (a run of typing saved in pieces): the first before, the last after. */
export function combineChanges(first: BookChange, next: BookChange): BookChange {
  const keyOf = (e: BookEdit) => (e.type === 'book' ? `book:${e.field}` : `${e.type}:${e.id}`);
  const byKey = new Map<string, BookEdit>();
  for (const e of [...first.edits, ...next.edits]) {
    const seen = byKey.get(keyOf(e));
    byKey.set(keyOf(e), seen ? ({ ...seen, after: e.after } as BookEdit) : e);
  }
  const edits = [...byKey.values()].filter((e) => JSON.stringify(e.before) !== JSON.stringify(e.after));
  return { bookId: first.bookId, edits };
}

export class UndoHistory {
  private books = new Map<string, { past: Step[]; future: Step[] }>();

  private of(bookId: string) {
    let h = this.books.get(bookId);
    if (!h) {
      h = { past: [], future: [] };
      this.books.set(bookId, h);
    }
    return h;
  }

  /** A new step of the user's own: it can be undone, and what was undone can no longer be redone. */
  push(bookId: string, step: Step): void {
    const h = this.of(bookId);
    h.past.push(step);
    if (h.past.length > HISTORY_LIMIT) h.past.shift();
    h.future = [];
  }

  /** The newest step that changed something (a step still empty, e.g. typing not yet saved, is dropped). */
  takeUndo(bookId: string): Step | undefined {
    return take(this.of(bookId).past);
  }

  takeRedo(bookId: string): Step | undefined {
    return take(this.of(bookId).future);
  }

  /** After undo: the part undone can be redone (and vice versa); a failed call puts the step back. */
  putUndo(bookId: string, step: Step): void {
    this.of(bookId).past.push(step);
  }

  putRedo(bookId: string, step: Step): void {
    this.of(bookId).future.push(step);
  }

  can(bookId: string | undefined): { canUndo: boolean; canRedo: boolean } {
    const h = bookId ? this.books.get(bookId) : undefined;
    return { canUndo: Boolean(h?.past.length), canRedo: Boolean(h?.future.length) };
  }

  /**
   * On a desk, the book's shared document keeps the undo history (this laptop's own edits): the
   * window's stacks only mirror whether there is something to undo or redo.
   */
  follow(bookId: string, can: { canUndo: boolean; canRedo: boolean }): void {
    const h = this.of(bookId);
    const mark = (): Step => ({ change: { bookId, edits: [] } });
    h.past = can.canUndo ? [mark()] : [];
    h.future = can.canRedo ? [mark()] : [];
  }

  forget(bookId: string): void {
    this.books.delete(bookId);
  }
}

function take(stack: Step[]): Step | undefined {
  for (let step = stack.pop(); step; step = stack.pop()) if (step.change.edits.length > 0) return step;
  return undefined;
}
