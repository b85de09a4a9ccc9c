// Sharing a book: one .briefbook file (JSON) with the book and the records it cites, so a colleague
// can open it on their own laptop. Opening validates everything before it writes anything, and
// records the library already has (same id or same text) are reused, never duplicated.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fail } from '../../shared/errors.ts';
import { MAX_BOOK_FILE_BYTES, megabytes } from '../../shared/limits.ts';
import type { Book, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { findRecordSummary, getRecord, readFields } from '../library/records.ts';
import { storeRecord } from '../library/store-record.ts';
import { readFileBounded } from '../read-file.ts';
import { getBook } from './books.ts';
import { BOOK_FILE_FORMAT, type BookFile, bookFileSchema, fieldPath } from './share-schema.ts';
import { type BookSnapshot, insertBookCopy } from './snapshot.ts';

export { BOOK_FILE_FORMAT };
export const BOOK_FILE_VERSION = 1;
export const BOOK_FILE_EXTENSION = '.briefbook';
export type { BookFile };

/** The book and every record it cites (with paragraphs), as the file holds them. */
export function bookFile(db: Db, bookId: string): BookFile {
  const book = getBook(db, bookId);
  const records: BookFile['records'] = [];
  const seen = new Set<string>();
  for (const point of book.sections.flatMap((s) => s.points)) {
    const recordId = point.citation?.recordId;
    if (!recordId || seen.has(recordId)) continue;
    seen.add(recordId);
    if (!findRecordSummary(db, recordId)) continue; // removed from the library: the point keeps its own copy of the citation
    const r: RecordDetail = getRecord(db, recordId);
    records.push({
      id: r.id,
      ...readFields(r),
      sourceName: r.sourceName,
      dateNotes: r.dateNotes,
      paragraphs: r.paragraphs.map((p) => ({ id: p.id, label: p.label, text: p.text })),
    });
  }
  return { format: BOOK_FILE_FORMAT, version: BOOK_FILE_VERSION, savedAt: new Date().toISOString(), book, records };
}

/** "Visit of the FM of Viet Nam.briefbook": the title, safe on every file system. */
export function bookFileName(book: Pick<Book, 'title'>): string {
  // Characters no file system accepts (and control characters) become spaces.
  const safe = [...book.title.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('');
  // At most 120 characters and 180 bytes (Hangul is 3 bytes a letter; file systems allow 255), cut
  // between letters, not inside one.
  let base = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
    safe.replace(/\s+/g, ' ').trim(),
  )) {
    bytes += Buffer.byteLength(segment);
    if (bytes > 180 || base.length + segment.length > 120) break;
    base += segment;
  }
  base = base.trim();
  return `${base || 'Briefing book'}${BOOK_FILE_EXTENSION}`;
}

/** Writes the file under a temporary name and renames it, so a crash never leaves half a file. */
export function saveBookFile(db: Db, bookId: string, path: string): { bytes: number; records: number } {
  if (!path.toLowerCase().endsWith(BOOK_FILE_EXTENSION))
    fail('BAD_INPUT', `The file must end in ${BOOK_FILE_EXTENSION} (got ${path}).`);
  const file = bookFile(db, bookId);
  const body = `${JSON.stringify(file, null, 1)}\n`;
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, body, 'utf8');
    renameSync(temp, path);
  } catch (cause) {
    rmSync(temp, { force: true });
    fail('EXPORT_FAILED', `Briefbook could not write ${path}: ${(cause as Error).message}`);
  }
  return { bytes: Buffer.byteLength(body), records: file.records.length };
}

/** Checks a file's bytes; every problem is explained in words, and nothing is written. */
export function parseBookFile(bytes: Uint8Array, name: string): BookFile {
  if (bytes.length === 0) fail('BAD_INPUT', `“${name}” is empty: it is not a Briefbook book.`);
  if (bytes.length > MAX_BOOK_FILE_BYTES)
    fail('BAD_INPUT', `“${name}” is larger than ${megabytes(MAX_BOOK_FILE_BYTES)}: it is not a Briefbook book.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    fail('BAD_INPUT', `“${name}” is not a Briefbook book: it could not be read (it may be damaged or another kind of file).`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BOOK_FILE_FORMAT) {
    fail('BAD_INPUT', `“${name}” is not a Briefbook book: it was made by another program.`);
  }
  if (typeof head.version === 'number' && head.version > BOOK_FILE_VERSION) {
    fail('BAD_INPUT', `“${name}” was saved by a newer version of Briefbook; update Briefbook to open it.`);
  }
  const parsed = bookFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = fieldPath(issue?.path ?? []);
    fail('BAD_INPUT', `“${name}” is damaged and was not opened (${where}: ${issue?.message ?? 'invalid'}). Nothing was changed.`);
  }
  return parsed.data;
}

export type OpenedBook = { book: Book; recordsAdded: number; recordsMatched: number };

/** Opens a parsed file: adds the records the library lacks, then the book as a new book with its citations remapped. */
export function openBookFile(db: Db, file: BookFile): OpenedBook {
  const paragraphMap = new Map<string, { recordId: string; paragraphId: string }>();
  let recordsAdded = 0;
  let recordsMatched = 0;
  for (const r of file.records) {
    let local = findRecordSummary(db, r.id) ? getRecord(db, r.id) : null;
    if (local) recordsMatched++;
    else {
      const stored = storeRecord(
        db,
        {
          title: r.title,
          titleDerived: false,
          publisher: r.publisher,
          publishedAt: r.publishedAt,
          meetingDate: r.meetingDate,
          place: r.place,
          language: r.language,
          participants: r.participants,
          paragraphs: r.paragraphs.map((p) => ({ label: p.label, text: p.text })),
          dateNotes: r.dateNotes,
          evidence: {},
        },
        r.sourceName,
      );
      if (stored.duplicate) recordsMatched++;
      else recordsAdded++;
      local = getRecord(db, stored.record.id);
    }
    // Same text, same order: paragraphs match by position.
    r.paragraphs.forEach((p, i) => {
      const mine = local.paragraphs[i];
      if (mine) paragraphMap.set(p.id, { recordId: local.id, paragraphId: mine.id });
    });
  }
  const snapshot: BookSnapshot = {
    ...file.book,
    sections: file.book.sections.map((s) => ({
      ...s,
      points: s.points.map((p) => {
        const mapped = p.citation ? paragraphMap.get(p.citation.paragraphId) : undefined;
        return mapped && p.citation ? { ...p, citation: { ...p.citation, ...mapped } } : p;
      }),
    })),
  };
  const id = transaction(db, () => insertBookCopy(db, snapshot, file.book.title));
  return { book: getBook(db, id), recordsAdded, recordsMatched };
}

/** Opens a .briefbook from disk, read within its limit: a device, a pipe or a huge file is refused unread. */
export async function openBookPath(db: Db, path: string): Promise<OpenedBook> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const read = readFileBounded(path, MAX_BOOK_FILE_BYTES);
  if (!read.ok) {
    switch (read.problem) {
      case 'missing':
        return fail('NOT_FOUND', `There is no file ${path}.`);
      case 'not-a-file':
        return fail('BAD_INPUT', `“${name}” is ${read.what}, not a file: it is not a Briefbook book.`);
      case 'too-large':
        return fail('BAD_INPUT', `“${name}” is larger than ${megabytes(MAX_BOOK_FILE_BYTES)}: it is not a Briefbook book.`);
      case 'empty':
        return fail('BAD_INPUT', `“${name}” is empty: it is not a Briefbook book.`);
      default:
        return fail('BAD_INPUT', `Briefbook could not read ${path}.`);
    }
  }
  return openBookFile(db, parseBookFile(read.bytes, name));
}
