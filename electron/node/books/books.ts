import { randomBytes } from 'node:crypto';
import { DEFAULT_CLASSIFICATION, highestMarking } from '../../shared/classification.ts';
import { fail } from '../../shared/errors.ts';
import type {
  Book,
  BookProperties,
  BookSummary,
  Classification,
  PointKind,
  Section,
  SectionKey,
  TalkingPoint,
} from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { findRecordSummary, getParagraph } from '../library/records.ts';
import { DEFAULT_SECTION, STANDARD_SECTIONS } from './template.ts';

export const newId = (prefix: string) => `${prefix}${randomBytes(5).toString('hex')}`;
export const now = () => new Date().toISOString();

type BookRow = {
  id: string;
  title: string;
  meeting: string | null;
  meeting_date: string | null;
  place: string | null;
  principal: string | null;
  counterpart: string | null;
  prepared_by: string | null;
  classification: Classification;
  created_at: string;
  updated_at: string;
  opened_at: string | null;
};

type PointRow = {
  id: string;
  section_id: string;
  ordinal: number;
  text: string;
  record_id: string | null;
  paragraph_id: string | null;
  cite_label: string | null;
  cite_title: string | null;
  cite_published_at: string | null;
  source_text: string | null;
  kind: PointKind;
  marking: Classification | null;
  drafted: number;
};

export function createBook(db: Db, title: string, classification: Classification = DEFAULT_CLASSIFICATION): Book {
  const id = newId('b');
  const at = now();
  transaction(db, () => {
    db.prepare(`INSERT INTO books (id, title, classification, created_at, updated_at, opened_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      id,
      title.trim(),
      classification,
      at,
      at,
      at,
    );
    const insert = db.prepare('INSERT INTO sections (id, book_id, key, title, ordinal) VALUES (?, ?, ?, ?, ?)');
    for (const [i, s] of STANDARD_SECTIONS.entries()) insert.run(newId('s'), id, s.key, s.title, i);
  });
  return getBook(db, id);
}

export function listBooks(db: Db): BookSummary[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.classification, b.updated_at, b.opened_at,
              (SELECT count(*) FROM points p JOIN sections s ON s.id = p.section_id WHERE s.book_id = b.id) AS point_count
         FROM books b ORDER BY coalesce(b.opened_at, b.updated_at) DESC, b.updated_at DESC`,
    )
    .all() as {
    id: string;
    title: string;
    classification: Classification;
    updated_at: string;
    opened_at: string | null;
    point_count: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    classification: r.classification,
    pointCount: r.point_count,
    updatedAt: r.updated_at,
    openedAt: r.opened_at,
  }));
}

export function getBook(db: Db, id: string): Book {
  const row = db.prepare('SELECT * FROM books WHERE id = ?').get(id) as BookRow | undefined;
  if (!row) fail('NOT_FOUND', `There is no briefing book with id ${id}.`);
  const sections = db
    .prepare('SELECT id, book_id, key, title, ordinal FROM sections WHERE book_id = ? ORDER BY ordinal')
    .all(id) as { id: string; book_id: string; key: SectionKey | null; title: string; ordinal: number }[];
  const points = db
    .prepare(`SELECT p.* FROM points p JOIN sections s ON s.id = p.section_id WHERE s.book_id = ? ORDER BY s.ordinal, p.ordinal`)
    .all(id) as PointRow[];
  const bySection = new Map<string, TalkingPoint[]>();
  for (const p of points) {
    const list = bySection.get(p.section_id) ?? [];
    list.push(toPoint(p));
    bySection.set(p.section_id, list);
  }
  return {
    id: row.id,
    title: row.title,
    meeting: row.meeting,
    meetingDate: row.meeting_date,
    place: row.place,
    principal: row.principal,
    counterpart: row.counterpart,
    preparedBy: row.prepared_by,
    classification: row.classification,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openedAt: row.opened_at,
    effectiveClassification: highestMarking(row.classification, points),
    sections: sections.map(
      (s): Section => ({
        id: s.id,
        bookId: s.book_id,
        key: s.key,
        title: s.title,
        ordinal: s.ordinal,
        points: bySection.get(s.id) ?? [],
      }),
    ),
  };
}

function toPoint(p: PointRow): TalkingPoint {
  return {
    id: p.id,
    sectionId: p.section_id,
    ordinal: p.ordinal,
    text: p.text,
    kind: p.kind,
    marking: p.marking,
    drafted: p.drafted === 1,
    citation:
      p.record_id && p.paragraph_id
        ? {
            recordId: p.record_id,
            paragraphId: p.paragraph_id,
            label: p.cite_label ?? '',
            recordTitle: p.cite_title ?? '',
            publishedAt: p.cite_published_at,
            sourceText: p.source_text ?? '',
          }
        : null,
  };
}

const PATCH_COLUMNS: Record<keyof BookProperties, string> = {
  title: 'title',
  meeting: 'meeting',
  meetingDate: 'meeting_date',
  place: 'place',
  principal: 'principal',
  counterpart: 'counterpart',
  preparedBy: 'prepared_by',
  classification: 'classification',
};

export function updateBook(db: Db, id: string, patch: Partial<BookProperties>): Book {
  getBook(db, id);
  const sets: string[] = [];
  const values: (string | null)[] = [];
  for (const [key, column] of Object.entries(PATCH_COLUMNS) as [keyof BookProperties, string][]) {
    if (!(key in patch) || patch[key] === undefined) continue;
    const value = patch[key];
    sets.push(`${column} = ?`);
    // An emptied field is stored as "not set", not as an empty string.
    values.push(typeof value === 'string' && value.trim() === '' ? null : (value as string | null));
  }
  if (sets.length > 0) {
    db.prepare(`UPDATE books SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now(), id);
  }
  return getBook(db, id);
}

export function removeBook(db: Db, id: string): void {
  getBook(db, id);
  db.prepare('DELETE FROM books WHERE id = ?').run(id);
}

export function touch(db: Db, bookId: string): void {
  db.prepare('UPDATE books SET updated_at = ? WHERE id = ?').run(now(), bookId);
}

export function resolveSection(book: Book, section: string | undefined): Section {
  const wanted = section ?? DEFAULT_SECTION;
  const found = book.sections.find((s) => s.id === wanted || s.key === wanted);
  if (!found) {
    const keys = book.sections
      .map((s) => s.key)
      .filter(Boolean)
      .join(', ');
    fail('NOT_FOUND', `The book “${book.title}” has no section “${wanted}”. Sections: ${keys}.`);
  }
  return found;
}

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
