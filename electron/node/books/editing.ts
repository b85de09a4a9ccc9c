// Editing talking points beyond add/update/delete: move anywhere, split, merge, draft.
import { fail } from '../../shared/errors.ts';
import type { Book } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { getRecord } from '../library/records.ts';
import { getBook, newId, now, resolveSection, touch } from './books.ts';
import { draftTalkingPoint } from './drafting.ts';
import { findPoint, writeOrder } from './points.ts';
import { bookSides } from './sides.ts';

/** Moves a point to a section (id or standard key) at `index`, counted after the point is taken out. */
export function movePointTo(
  db: Db,
  bookId: string,
  pointId: string,
  sectionRef: string | undefined,
  index: number | undefined,
): Book {
  const book = getBook(db, bookId);
  const from = findPoint(book, pointId);
  const target = sectionRef ? resolveSection(book, sectionRef) : from.section;
  const order = target.points.map((p) => p.id).filter((id) => id !== pointId);
  order.splice(Math.min(index ?? order.length, order.length), 0, pointId);
  transaction(db, () => {
    if (target.id !== from.section.id) {
      writeOrder(
        db,
        from.section.id,
        from.section.points.filter((p) => p.id !== pointId).map((p) => p.id),
      );
    }
    writeOrder(db, target.id, order);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** Splits a point in two at a character offset; both halves keep the source, kind and marking. */
export function splitPoint(db: Db, bookId: string, pointId: string, at: number): Book {
  const book = getBook(db, bookId);
  const { section, index } = findPoint(book, pointId);
  const point = section.points[index];
  if (!point) fail('NOT_FOUND', `The book has no talking point ${pointId}.`);
  const before = point.text.slice(0, at).trimEnd();
  const after = point.text.slice(at).trimStart();
  if (!before || !after) fail('BAD_INPUT', 'Put the cursor inside the text, where the point should be split.');
  const id = newId('p');
  const stamp = now();
  transaction(db, () => {
    db.prepare('UPDATE points SET text = ?, updated_at = ? WHERE id = ?').run(before, stamp, pointId);
    db.prepare(
      `INSERT INTO points (id, section_id, ordinal, text, kind, marking, drafted, record_id, paragraph_id, cite_label, cite_title,
         cite_published_at, source_text, created_at, updated_at)
       SELECT ?, section_id, ordinal, ?, kind, marking, drafted, record_id, paragraph_id, cite_label, cite_title, cite_published_at,
         source_text, ?, ? FROM points WHERE id = ?`,
    ).run(id, after, stamp, stamp, pointId);
    const order = section.points.map((p) => p.id);
    order.splice(index + 1, 0, id);
    writeOrder(db, section.id, order);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** Joins a point with the next one in its section. The first point's source stays; the second's goes with it. */
export function mergePoint(db: Db, bookId: string, pointId: string): Book {
  const book = getBook(db, bookId);
  const { section, index } = findPoint(book, pointId);
  const first = section.points[index];
  const second = section.points[index + 1];
  if (!first || !second) fail('BAD_INPUT', 'This is the last point of its section: there is no next point to join it with.');
  const text = [first.text.trimEnd(), second.text.trimStart()].filter(Boolean).join('\n');
  transaction(db, () => {
    db.prepare('UPDATE points SET text = ?, updated_at = ? WHERE id = ?').run(text, now(), first.id);
    // A point without a source takes the next one's, so a merge never loses a citation.
    if (!first.citation && second.citation) {
      db.prepare(
        `UPDATE points SET (record_id, paragraph_id, cite_label, cite_title, cite_published_at, source_text) =
           (SELECT record_id, paragraph_id, cite_label, cite_title, cite_published_at, source_text FROM points WHERE id = ?) WHERE id = ?`,
      ).run(second.id, first.id);
    }
    db.prepare('DELETE FROM points WHERE id = ?').run(second.id);
    writeOrder(
      db,
      section.id,
      section.points.filter((p) => p.id !== second.id).map((p) => p.id),
    );
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** The people in the cited record: a speaker's side is their country. */
function participantsOf(db: Db, recordId: string | null | undefined) {
  if (!recordId) return [];
  try {
    return getRecord(db, recordId).participants;
  } catch {
    return [];
  }
}

/**
 * "Draft as talking point": the point's wording (its source's when it still reads as the source)
 * rewritten in the first person by the rules in drafting.ts, in the principal's voice.
 */
export function draftPoint(db: Db, bookId: string, pointId: string): Book {
  const book = getBook(db, bookId);
  const { section, index } = findPoint(book, pointId);
  const point = section.points[index];
  if (!point) fail('NOT_FOUND', `The book has no talking point ${pointId}.`);
  const base = point.text.trim() || point.citation?.sourceText || '';
  if (!base) fail('BAD_INPUT', 'There is no wording to draft from: write the point or add it from a record.');
  const participants = participantsOf(db, point.citation?.recordId);
  const sides = bookSides(db, book, participants);
  const text = draftTalkingPoint(base, {
    principalSide: sides.ours,
    counterpartSide: sides.theirs,
    principal: book.principal,
    counterpart: book.counterpart,
    participants,
  });
  transaction(db, () => {
    db.prepare('UPDATE points SET text = ?, drafted = 1, updated_at = ? WHERE id = ?').run(text.normalize('NFC'), now(), pointId);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}
