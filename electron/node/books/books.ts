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
import { DEFAULT_SECTION, STANDARD_SECTIONS } from './template.ts';

/**
 * 128 random bits, as a UUID has: books, sections and points keep their ids on every laptop of a
 * desk (electron/node/desk), so an id made on one laptop must not be made again on another.
 */
export const newId = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;
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
