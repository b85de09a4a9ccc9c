// A book's talking points: added from a record paragraph (keeping its citation) or as free text,
// edited, reordered and deleted. Each change touches the book, so its list and its peers see it.

import { fail } from '../../shared/errors.ts';
import type { Book, Classification, PointKind, Section, SectionKey } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { findRecordSummary, getParagraph } from '../library/records.ts';
import { getBook, newId, now, resolveSection, touch } from './books.ts';

export type AddPointInput = {
  bookId: string;
  section?: string;
  recordId?: string;
  paragraphId?: string;
  text?: string;
  index?: number;
};

/** The kind a point takes from the section it is added to. */
export const KIND_BY_SECTION: Partial<Record<SectionKey, PointKind>> = {
  'key-messages': 'key-message',
  'if-raised': 'if-raised',
  background: 'background',
};

/** Adds a talking point: from a record paragraph (keeping its citation), or as free text. */
export function addPoint(db: Db, input: AddPointInput): Book {
  const book = getBook(db, input.bookId);
  const section = resolveSection(book, input.section);
  if (Boolean(input.recordId) !== Boolean(input.paragraphId)) {
    fail('BAD_INPUT', 'To add a paragraph, give both the record and the paragraph.');
  }
  let citation: {
    recordId: string;
    paragraphId: string;
    label: string;
    title: string;
    publishedAt: string | null;
    source: string;
  } | null = null;
  if (input.recordId && input.paragraphId) {
    const record = findRecordSummary(db, input.recordId);
    if (!record) fail('NOT_FOUND', `There is no record with id ${input.recordId} in the library.`);
    // Accept a bare label ("3") as well as a full paragraph id.
    const paragraphId = input.paragraphId.includes(':') ? input.paragraphId : `${input.recordId}:${input.paragraphId}`;
    const paragraph = getParagraph(db, record.id, paragraphId);
    citation = {
      recordId: record.id,
      paragraphId: paragraph.id,
      label: paragraph.label,
      title: record.title,
      publishedAt: record.publishedAt,
      source: paragraph.text,
    };
  }
  const text = (input.text ?? citation?.source ?? '').trim();
  const at = now();
  const pointId = newId('p');
  transaction(db, () => {
    const next = db.prepare('SELECT coalesce(max(ordinal), -1) + 1 AS n FROM points WHERE section_id = ?').get(section.id) as {
      n: number;
    };
    db.prepare(
      `INSERT INTO points (id, section_id, ordinal, text, kind, record_id, paragraph_id, cite_label, cite_title, cite_published_at,
         source_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      pointId,
      section.id,
      next.n,
      text,
      (section.key && KIND_BY_SECTION[section.key]) ?? 'talking-point',
      citation?.recordId ?? null,
      citation?.paragraphId ?? null,
      citation?.label ?? null,
      citation?.title ?? null,
      citation?.publishedAt ?? null,
      citation?.source ?? null,
      at,
      at,
    );
    if (input.index !== undefined && input.index < next.n) {
      const order = section.points.map((p) => p.id);
      order.splice(input.index, 0, pointId);
      writeOrder(db, section.id, order);
    }
    touch(db, book.id);
  });
  return getBook(db, book.id);
}

/** Puts points in a section in the given order (moving them into it if needed). Call inside a transaction. */
export function writeOrder(db: Db, sectionId: string, pointIds: readonly string[]): void {
  const set = db.prepare('UPDATE points SET section_id = ?, ordinal = ? WHERE id = ?');
  for (const [i, id] of pointIds.entries()) set.run(sectionId, i, id);
}

export function findPoint(book: Book, pointId: string): { section: Section; index: number } {
  for (const section of book.sections) {
    const index = section.points.findIndex((p) => p.id === pointId);
    if (index !== -1) return { section, index };
  }
  fail('NOT_FOUND', `The book “${book.title}” has no talking point ${pointId}.`);
}

export type PointChange = {
  text?: string | undefined;
  kind?: PointKind | undefined;
  marking?: Classification | null | undefined;
};

export function updatePoint(db: Db, bookId: string, pointId: string, change: PointChange): Book {
  const book = getBook(db, bookId);
  findPoint(book, pointId);
  transaction(db, () => {
    const at = now();
    if (change.text !== undefined)
      db.prepare('UPDATE points SET text = ?, updated_at = ? WHERE id = ?').run(change.text.normalize('NFC'), at, pointId);
    if (change.kind !== undefined)
      db.prepare('UPDATE points SET kind = ?, updated_at = ? WHERE id = ?').run(change.kind, at, pointId);
    if (change.marking !== undefined)
      db.prepare('UPDATE points SET marking = ?, updated_at = ? WHERE id = ?').run(change.marking, at, pointId);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

/** Moves a point one place up or down within its section; at either end it stays where it is. */
export function movePoint(db: Db, bookId: string, pointId: string, direction: 'up' | 'down'): Book {
  const book = getBook(db, bookId);
  const { section, index } = findPoint(book, pointId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= section.points.length) return book;
  const order = section.points.map((p) => p.id);
  [order[index], order[target]] = [order[target] as string, order[index] as string];
  transaction(db, () => {
    const set = db.prepare('UPDATE points SET ordinal = ? WHERE id = ?');
    for (const [i, id] of order.entries()) set.run(i, id);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}

export function deletePoint(db: Db, bookId: string, pointId: string): Book {
  const book = getBook(db, bookId);
  const { section } = findPoint(book, pointId);
  transaction(db, () => {
    db.prepare('DELETE FROM points WHERE id = ?').run(pointId);
    const set = db.prepare('UPDATE points SET ordinal = ? WHERE id = ?');
    for (const [i, p] of section.points.filter((q) => q.id !== pointId).entries()) set.run(i, p.id);
    touch(db, bookId);
  });
  return getBook(db, bookId);
}
