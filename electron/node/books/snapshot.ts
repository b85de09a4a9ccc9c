// Whole-book operations: restore a snapshot, copy a book, mark it opened. (Undo is revert.ts.)
import type { z } from 'zod';
import type { bookSnapshotSchema } from '../../shared/contract.ts';
import { fail } from '../../shared/errors.ts';
import type { Book } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { getBook, newId, now } from './books.ts';

export type BookSnapshot = z.output<typeof bookSnapshotSchema>;
type SnapshotPoint = BookSnapshot['sections'][number]['points'][number];

const POINT_COLUMNS = `section_id, ordinal, text, kind, marking, drafted, record_id, paragraph_id, cite_label, cite_title,
  cite_published_at, source_text`;

type CitedFields = {
  recordId?: string | null;
  paragraphId?: string | null;
  label?: string | null;
  recordTitle?: string | null;
  publishedAt?: string | null;
  sourceText?: string | null;
};

/** A point's content as the points table stores it, text to source_text in column order (also used by revert). */
export function pointContentValues(p: {
  text: string;
  kind: string;
  marking: string | null;
  drafted?: boolean | undefined;
  citation?: CitedFields | null;
}) {
  const c = p.citation;
  return [
    p.text.normalize('NFC'),
    p.kind,
    p.marking,
    p.drafted ? 1 : 0,
    c?.recordId ?? null,
    c?.paragraphId ?? null,
    c?.label ?? null,
    c?.recordTitle ?? null,
    c?.publishedAt ?? null,
    c?.sourceText ?? null,
  ] as const;
}

function pointValues(p: SnapshotPoint, sectionId: string, ordinal: number) {
  return [sectionId, ordinal, ...pointContentValues(p)] as const;
}

function writeProperties(db: Db, id: string, s: BookSnapshot, stamp: string): void {
  db.prepare(
    `UPDATE books SET title = ?, meeting = ?, meeting_date = ?, place = ?, principal = ?, counterpart = ?, prepared_by = ?,
       classification = ?, updated_at = ? WHERE id = ?`,
  ).run(s.title, s.meeting, s.meetingDate, s.place, s.principal, s.counterpart, s.preparedBy, s.classification, stamp, id);
}

/**
 * Puts a book back exactly as the snapshot has it: properties, sections and points, with the same
 * ids, in one transaction. It overwrites what anyone else wrote since, so undo does not use it.
 */
export function restoreBook(db: Db, snapshot: BookSnapshot): Book {
  getBook(db, snapshot.id);
  const stamp = now();
  const sectionIds = new Set(snapshot.sections.map((s) => s.id));
  const pointIds = new Set(snapshot.sections.flatMap((s) => s.points.map((p) => p.id)));
  if (pointIds.size !== snapshot.sections.reduce((n, s) => n + s.points.length, 0))
    fail('BAD_INPUT', 'The snapshot names a point twice.');
  transaction(db, () => {
    // Ids that belong to another book cannot be taken over.
    const foreignSection = db.prepare('SELECT book_id FROM sections WHERE id = ?');
    for (const id of sectionIds) {
      const row = foreignSection.get(id) as { book_id: string } | undefined;
      if (row && row.book_id !== snapshot.id) fail('BAD_INPUT', `Section ${id} belongs to another book.`);
    }
    const foreignPoint = db.prepare('SELECT s.book_id FROM points p JOIN sections s ON s.id = p.section_id WHERE p.id = ?');
    for (const id of pointIds) {
      const row = foreignPoint.get(id) as { book_id: string } | undefined;
      if (row && row.book_id !== snapshot.id) fail('BAD_INPUT', `Point ${id} belongs to another book.`);
    }
    writeProperties(db, snapshot.id, snapshot, stamp);
    const current = db.prepare('SELECT id FROM sections WHERE book_id = ?').all(snapshot.id) as { id: string }[];
    const currentPoints = db
      .prepare('SELECT p.id FROM points p JOIN sections s ON s.id = p.section_id WHERE s.book_id = ?')
      .all(snapshot.id) as { id: string }[];
    const dropPoint = db.prepare('DELETE FROM points WHERE id = ?');
    for (const p of currentPoints) if (!pointIds.has(p.id)) dropPoint.run(p.id);
    const upsertSection = db.prepare(
      `INSERT INTO sections (id, book_id, key, title, ordinal) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET key = excluded.key, title = excluded.title, ordinal = excluded.ordinal`,
    );
    snapshot.sections.forEach((s, i) => {
      upsertSection.run(s.id, snapshot.id, s.key, s.title, i);
    });
    const upsertPoint = db.prepare(
      `INSERT INTO points (id, ${POINT_COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET section_id = excluded.section_id, ordinal = excluded.ordinal, text = excluded.text,
         kind = excluded.kind, marking = excluded.marking, drafted = excluded.drafted, record_id = excluded.record_id,
         paragraph_id = excluded.paragraph_id, cite_label = excluded.cite_label, cite_title = excluded.cite_title,
         cite_published_at = excluded.cite_published_at, source_text = excluded.source_text, updated_at = excluded.updated_at`,
    );
    for (const s of snapshot.sections)
      s.points.forEach((p, i) => {
        upsertPoint.run(p.id, ...pointValues(p, s.id, i), stamp, stamp);
      });
    const dropSection = db.prepare('DELETE FROM sections WHERE id = ?');
    for (const s of current) if (!sectionIds.has(s.id)) dropSection.run(s.id);
  });
  return getBook(db, snapshot.id);
}

/** A new book with the snapshot's content and fresh ids (duplicate, or a book opened from a file). Call inside a transaction. */
export function insertBookCopy(db: Db, snapshot: BookSnapshot, title: string): string {
  const id = newId('b');
  const stamp = now();
  db.prepare('INSERT INTO books (id, title, classification, created_at, updated_at, opened_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    title,
    snapshot.classification,
    stamp,
    stamp,
    stamp,
  );
  writeProperties(db, id, { ...snapshot, title }, stamp);
  const insertSection = db.prepare('INSERT INTO sections (id, book_id, key, title, ordinal) VALUES (?, ?, ?, ?, ?)');
  const insertPoint = db.prepare(
    `INSERT INTO points (id, ${POINT_COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  snapshot.sections.forEach((s, i) => {
    const sectionId = newId('s');
    insertSection.run(sectionId, id, s.key, s.title, i);
    s.points.forEach((p, j) => {
      insertPoint.run(newId('p'), ...pointValues(p, sectionId, j), stamp, stamp);
    });
  });
  return id;
}

/** A copy of a book to prepare the next meeting from the last: sections, points and their sources. */
export function duplicateBook(db: Db, bookId: string, title?: string): Book {
  const book = getBook(db, bookId);
  const id = transaction(db, () => insertBookCopy(db, book, title?.trim() || `${book.title} (copy)`));
  return getBook(db, id);
}

/** Marks a book as opened now, so the list shows it first. */
export function openBook(db: Db, bookId: string): Book {
  getBook(db, bookId);
  db.prepare('UPDATE books SET opened_at = ? WHERE id = ?').run(now(), bookId);
  return getBook(db, bookId);
}
