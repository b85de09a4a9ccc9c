// Storing a record: the one place where a record enters the library, with everything that hangs
// off it (topic tags, the record's side, its commitments in the ledger, the people directory: the
// listeners of record-events.ts) in the same transaction. Reading records is records.ts, which knows nothing of indexing.
import { createHash } from 'node:crypto';
import { foldForIndex } from '../../shared/fold.ts';
import type { Paragraph, RecordDetail, RecordSummary } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { type Fingerprint, findDuplicate, fingerprint, storeFingerprint } from './duplicates.ts';
import { participantKey } from './parse/participants.ts';
import type { ParsedRecord } from './parse/types.ts';
import { planRecord, planRecordAhead, recordChanged } from './record-events.ts';
import { findRecordSummary } from './records.ts';
import { checkColumn, checkFieldsOf, NOTHING } from './review.ts';

/** The identity of a record is its text: the same words imported twice are one record. */
export function contentHash(parsed: ParsedRecord): string {
  const body = parsed.paragraphs.map((p) => p.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).join('\n');
  return createHash('sha256').update(body).digest('hex');
}

/**
 * All of fn or none of it: its own transaction, or a savepoint inside the caller's transaction
 * when it has one (one record failing then rolls back alone).
 */
function whole<T>(db: Db, fn: () => T): T {
  if (!db.isTransaction) return transaction(db, fn);
  db.exec('SAVEPOINT store_record');
  try {
    const result = fn();
    db.exec('RELEASE store_record');
    return result;
  } catch (error) {
    db.exec('ROLLBACK TO store_record');
    db.exec('RELEASE store_record');
    throw error;
  }
}

/** The columns that hold what the parser read: written on import, rewritten by reparse. */
export const READ_COLUMNS = `title, title_derived, publisher, published_at, meeting_date, place, language, participants_json,
  date_notes_json, evidence_json, check_fields`;

/** The values of READ_COLUMNS for a parsed record, in order. */
export function readValues(parsed: ParsedRecord): (string | number | null)[] {
  return [
    parsed.title,
    parsed.titleDerived ? 1 : 0,
    parsed.publisher,
    parsed.publishedAt,
    parsed.meetingDate,
    parsed.place,
    parsed.language,
    JSON.stringify(parsed.participants),
    JSON.stringify(parsed.dateNotes),
    JSON.stringify(parsed.evidence),
    checkColumn(parsed),
  ];
}

/** What storing a record works out from the record alone; `ahead` when a parse worker did it already. */
export type StoreAhead = { hash: string; fp: Fingerprint; folded: string[]; plans: unknown[] };

function shape(parsed: ParsedRecord, sourceName: string | null, now: string, ahead?: StoreAhead) {
  const hash = ahead?.hash ?? contentHash(parsed);
  // The same record in another format: same letters and digits, or nearly the same words.
  const fp = ahead?.fp ?? fingerprint(parsed.paragraphs.map((p) => p.text));
  const id = `r${hash.slice(0, 10)}`;
  const seen = new Set<string>();
  const paragraphs = parsed.paragraphs.map((p, ordinal): Paragraph => {
    // Labels are the record's own; repeat labels (a record numbering twice) still need distinct ids.
    let key = p.label;
    for (let n = 2; seen.has(key); n++) key = `${p.label}~${n}`;
    seen.add(key);
    return { id: `${id}:${key}`, recordId: id, label: p.label, ordinal, text: p.text.normalize('NFC') };
  });
  const folded = ahead?.folded ?? paragraphs.map((p) => foldForIndex(p.text));
  const stored: RecordDetail = {
    id,
    title: parsed.title,
    publisher: parsed.publisher,
    publishedAt: parsed.publishedAt,
    meetingDate: parsed.meetingDate,
    place: parsed.place,
    language: parsed.language,
    paragraphCount: paragraphs.length,
    sourceName,
    importedAt: now,
    check: checkFieldsOf(checkColumn(parsed), NOTHING),
    evidence: parsed.evidence,
    participants: parsed.participants.map((p) => ({ ...p, key: p.key ?? participantKey(p.name) })),
    dateNotes: parsed.dateNotes,
    paragraphs,
    usedParagraphIds: [],
  };
  return { hash, fp, id, paragraphs, folded, stored };
}

/**
 * The work of storing `parsed` that needs no lock and no record stored before it (hashes, folded
 * text, what the listeners can plan ahead), done where the record was parsed; storeRecord checks
 * what depends on the library and redoes it if the library changed meanwhile.
 */
export function storeAhead(db: Db, parsed: ParsedRecord): StoreAhead {
  const { hash, fp, folded, stored } = shape(parsed, null, '');
  return { hash, fp, folded, plans: planRecordAhead(db, stored) };
}

/**
 * Stores a parsed record with its paragraphs and index entries in one transaction. What can be
 * worked out without the library (hashes, folded text) is worked out before the write lock is
 * taken; the duplicate checks run inside it, so two importers of the same file store it once.
 */
export function storeRecord(
  db: Db,
  parsed: ParsedRecord,
  sourceName: string | null,
  ahead?: StoreAhead,
): { record: RecordSummary; duplicate: boolean } {
  const now = new Date().toISOString();
  const { hash, fp, id, paragraphs, folded, stored } = shape(parsed, sourceName, now, ahead);
  const duplicate = (): string | null =>
    (statement(db, 'SELECT id FROM records WHERE content_hash = ?').get(hash) as { id: string } | undefined)?.id ??
    findDuplicate(db, fp);
  // A record already here costs no more than the look-up (asked again under the lock, which decides;
  // inside the caller's transaction, an import's group, the lock is held already: asked once).
  const known = db.isTransaction ? null : duplicate();
  if (known) return { record: findRecordSummary(db, known) as RecordSummary, duplicate: true };
  // Topic matching (which builds and compiles the matcher on a connection's first record) and the
  // names found in the text are worked out here, not while the lock is held.
  const plans = planRecord(db, stored, ahead?.plans);
  const duplicateOf = whole(db, (): string | null => {
    const found = duplicate();
    if (found) return found;
    statement(
      db,
      `INSERT INTO records (id, content_hash, ${READ_COLUMNS}, source_name, imported_at, source_text, source_hints_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      hash,
      ...readValues(parsed),
      sourceName,
      now,
      parsed.source?.text ?? null,
      parsed.source ? JSON.stringify(parsed.source.hints) : null,
    );
    const insertParagraph = statement(db, 'INSERT INTO paragraphs (id, record_id, label, ordinal, text) VALUES (?, ?, ?, ?, ?)');
    const insertIndex = statement(db, 'INSERT INTO paragraph_index (body, paragraph_id) VALUES (?, ?)');
    const indexRows = paragraphs.map((p, i) => {
      insertParagraph.run(p.id, id, p.label, p.ordinal, p.text);
      return Number(insertIndex.run(folded[i] as string, p.id).lastInsertRowid);
    });
    storeFingerprint(db, id, fp);
    // Topic tags, the record's side and its commitments land with the record or not at all. The
    // record is handed over as stored (a new record has no corrections) rather than read back.
    recordChanged(db, stored, indexRows, plans);
    return null;
  });
  if (duplicateOf) return { record: findRecordSummary(db, duplicateOf) as RecordSummary, duplicate: true };
  return { record: findRecordSummary(db, id) as RecordSummary, duplicate: false };
}
