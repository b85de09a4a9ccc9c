// Undo and redo of a book on the desk: Yjs's UndoManager on the book's document, tracking only the
// edits made on this laptop, so what another officer wrote (received through the desk) is never
// taken back, even in the same point. What the step changed goes out like any edit (the outbox),
// and the library's rows follow the document, as after a sync.
import { fail } from '../../shared/errors.ts';
import type { DeskUndoResult } from '../../shared/types.ts';
import { getBook } from '../books/books.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { applyBookDoc } from './books.ts';
import { bookDocName, bookSession, deskSettings, hasDoc, keepChange } from './store.ts';

export function deskUndo(db: Db, bookId: string, direction: 'undo' | 'redo'): DeskUndoResult {
  if (!deskSettings(db))
    fail('BAD_INPUT', 'This library has not joined a desk: its undo takes back the change the app keeps (books.revert).');
  return transaction(db, () => {
    // A book that is not there answers NOT_FOUND in words before anything is touched.
    const book = getBook(db, bookId);
    const name = bookDocName(bookId);
    if (!hasDoc(db, name)) return { book, done: false, canUndo: false, canRedo: false };
    const { doc, undo } = bookSession(db, name);
    let done = false;
    keepChange(db, name, bookId, doc, () => {
      done = (direction === 'undo' ? undo.undo() : undo.redo()) !== null;
    });
    if (done) applyBookDoc(db, doc);
    return { book: getBook(db, bookId), done, canUndo: undo.canUndo(), canRedo: undo.canRedo() };
  });
}
