// A book's sections: the standard ones and the user's own; add, rename, reorder, remove.
import { fail } from '../../shared/errors.ts';
import type { Book, Section } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { getBook, newId, touch } from './books.ts';

function findSection(book: Book, sectionId: string): Section {
  const found = book.sections.find((s) => s.id === sectionId || s.key === sectionId);
  if (!found) fail('NOT_FOUND', `The book “${book.title}” has no section ${sectionId}.`);
  return found;
}

function writeSectionOrder(db: Db, ids: readonly string[]): void {
  const set = db.prepare('UPDATE sections SET ordinal = ? WHERE id = ?');
  ids.forEach((id, i) => {
    set.run(i, id);
  });
}

/** Adds a section of the user's own (no standard key), at the end or at `index`. */
export function addSection(db: Db, bookId: string, title: string, index?: number): Book {
  const book = getBook(db, bookId);
  const id = newId('s');
  transaction(db, () => {
    db.prepare('INSERT INTO sections (id, book_id, key, title, ordinal) VALUES (?, ?, NULL, ?, ?)').run(
      id,
      bookId,
      title.trim(),
      book.sections.length,
    );
    const order = book.sections.map((s) => s.id);
    order.splice(Math.min(index ?? order.length, order.length), 0, id);
    writeSectionOrder(db, order);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

export function renameSection(db: Db, bookId: string, sectionId: string, title: string): Book {
  const section = findSection(getBook(db, bookId), sectionId);
  transaction(db, () => {
    db.prepare('UPDATE sections SET title = ? WHERE id = ?').run(title.trim(), section.id);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** Moves a section to `index` (from 0); section numbers follow, in the app and the PDF alike. */
export function moveSection(db: Db, bookId: string, sectionId: string, index: number): Book {
  const book = getBook(db, bookId);
  const section = findSection(book, sectionId);
  const order = book.sections.map((s) => s.id).filter((id) => id !== section.id);
  order.splice(Math.min(index, order.length), 0, section.id);
  transaction(db, () => {
    writeSectionOrder(db, order);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** Removes a section and its points (the UI asks first when it has points; undo brings it back). */
export function removeSection(db: Db, bookId: string, sectionId: string): Book {
  const book = getBook(db, bookId);
  const section = findSection(book, sectionId);
  transaction(db, () => {
    db.prepare('DELETE FROM sections WHERE id = ?').run(section.id);
    writeSectionOrder(
      db,
      book.sections.filter((s) => s.id !== section.id).map((s) => s.id),
    );
    touch(db, bookId);
  });
  return getBook(db, bookId);
}
