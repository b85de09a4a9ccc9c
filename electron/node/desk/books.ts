// Books on the desk: every edit made here goes into the book's document (and the outbox), and a
// document received from the desk is written back into the library's rows, which search, the PDF
// and the ledger read. Only a library that has joined a desk keeps documents.
import type * as Y from 'yjs';
import { getBook } from '../books/books.ts';
import { restoreBook } from '../books/snapshot.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { readBook, setAccess, writeBook } from './doc.ts';
import { bookDocName, deskSettings, editDoc, loadDoc } from './store.ts';

const bookExists = (db: Db, id: string) => statement(db, 'SELECT 1 FROM books WHERE id = ?').get(id) !== undefined;

/**
 * After a local edit (inside its transaction): the book's document follows the library's rows. A
 * removed book is marked removed in its document, so the other laptops remove it too.
 */
export function deskBookEdited(db: Db, bookId: string): void {
  if (!deskSettings(db)) return;
  const name = bookDocName(bookId);
  if (!bookExists(db, bookId)) {
    editDoc(db, name, bookId, (doc) => {
      const props = doc.getMap('book');
      if (props.has('id') && props.get('removed') !== true) props.set('removed', true);
    });
    return;
  }
  const book = getBook(db, bookId);
  const officer = deskSettings(db)?.officer;
  editDoc(db, name, bookId, (doc) => {
    writeBook(doc, book);
    if (officer) setAccess(doc, { owner: officer });
  });
}

/** Every book of the library in its document: the first share after joining, and books made before. */
export function shareAllBooks(db: Db): number {
  const officer = deskSettings(db)?.officer;
  const ids = statement(db, 'SELECT id FROM books ORDER BY created_at').all() as { id: string }[];
  let changed = 0;
  for (const { id } of ids) {
    transaction(db, () => {
      const book = getBook(db, id);
      // Sharing what the library already holds is not an edit of the officer's to undo.
      const edits = editDoc(
        db,
        bookDocName(id),
        id,
        (doc) => {
          writeBook(doc, book);
          if (officer) setAccess(doc, { owner: officer });
        },
        false,
      );
      changed += edits > 0 ? 1 : 0;
    });
  }
  return changed;
}

/** Writes what a book's document holds into the library's rows: a book new to this laptop is created. */
export function applyBookDoc(db: Db, doc: Y.Doc): 'updated' | 'created' | 'removed' | 'empty' {
  const snapshot = readBook(doc);
  if (!snapshot) return 'empty';
  return transaction(db, () => {
    const exists = bookExists(db, snapshot.id);
    if (doc.getMap('book').get('removed') === true) {
      if (exists) statement(db, 'DELETE FROM books WHERE id = ?').run(snapshot.id);
      return 'removed';
    }
    if (!exists) {
      const stamp = new Date().toISOString();
      statement(
        db,
        'INSERT INTO books (id, title, classification, created_at, updated_at, opened_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(snapshot.id, snapshot.title, snapshot.classification, stamp, stamp, null);
    }
    restoreBook(db, snapshot);
    return exists ? 'updated' : 'created';
  });
}

export function bookDoc(db: Db, bookId: string): Y.Doc {
  return loadDoc(db, bookDocName(bookId));
}
