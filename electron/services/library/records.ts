import { createHash } from 'node:crypto';
import { fail } from '../../api/errors.ts';
import type { DateNote, Paragraph, Participant, RecordDetail, RecordEvidence, RecordSummary } from '../../api/types.ts';
import { type Db, statement, transaction } from '../db/connection.ts';
import { applyCorrections, correctionsOf } from './corrections.ts';
import { findDuplicate, fingerprint, storeFingerprint } from './duplicates.ts';
import { foldForIndex } from './fold.ts';
import { participantKey } from './parse/participants.ts';
import type { ParsedRecord } from './parse/types.ts';
import { checkColumn, checkFieldsOf, confirmationsOf, NOTHING, settledFields } from './review.ts';
import { indexRecord, planIndex } from './topics/tagging.ts';

type RecordRow = {
  id: string;
  title: string;
  publisher: string | null;
  published_at: string | null;
  meeting_date: string | null;
  place: string | null;
  language: string;
  participants_json: string;
  date_notes_json: string;
  source_name: string | null;
  imported_at: string;
  paragraph_count: number;
  check_fields: string;
};

const SUMMARY_COLUMNS = `r.id, r.title, r.publisher, r.published_at, r.meeting_date, r.place, r.language,
  r.participants_json, r.date_notes_json, r.source_name, r.imported_at, r.check_fields,
  (SELECT count(*) FROM paragraphs p WHERE p.record_id = r.id) AS paragraph_count`;

function toSummary(row: RecordRow, settled: ReadonlySet<string> = NOTHING): RecordSummary {
  return {
    check: checkFieldsOf(row.check_fields, settled),
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.published_at,
    meetingDate: row.meeting_date,
    place: row.place,
    language: row.language,
    paragraphCount: row.paragraph_count,
    sourceName: row.source_name,
    importedAt: row.imported_at,
  };
}

/** The identity of a record is its text: the same words imported twice are one record. */
export function contentHash(parsed: ParsedRecord): string {
  const body = parsed.paragraphs.map((p) => p.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).join('\n');
  return createHash('sha256').update(body).digest('hex');
}

export function listRecords(db: Db, opts: { needsReview?: boolean } = {}): RecordSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM records r ${opts.needsReview ? "WHERE r.check_fields <> ''" : ''}
       ORDER BY coalesce(r.published_at, r.meeting_date, '') DESC, r.title`,
    )
    .all() as RecordRow[];
  const settled = settledFields(db);
  // The library shows the user's corrections (a corrected title, date) like the Reader does.
  const corrected = new Set(
    (db.prepare('SELECT DISTINCT record_id FROM record_corrections').all() as { record_id: string }[]).map((r) => r.record_id),
  );
  const summaries = rows.map((row) => {
    const summary = toSummary(row, settled.get(row.id));
    return corrected.has(row.id) ? withCorrections(db, summary) : summary;
  });
  return opts.needsReview ? summaries.filter((r) => (r.check?.length ?? 0) > 0) : summaries;
}

/** A summary with the user's corrections laid over it. */
function withCorrections(db: Db, summary: RecordSummary): RecordSummary {
  const {
    corrections: _c,
    participants: _p,
    ...rest
  } = applyCorrections({ ...summary, participants: [] }, correctionsOf(db, summary.id));
  return rest as RecordSummary;
}

export function countRecords(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
}

export function findRecordSummary(db: Db, id: string): RecordSummary | null {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM records r WHERE r.id = ?`).get(id) as RecordRow | undefined;
  return row ? withCorrections(db, toSummary(row, settledFields(db, id).get(id))) : null;
}

export function getRecord(db: Db, id: string): RecordDetail {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS}, r.evidence_json FROM records r WHERE r.id = ?`).get(id) as
    | (RecordRow & { evidence_json: string })
    | undefined;
  if (!row) fail('NOT_FOUND', `There is no record with id ${id} in the library.`);
  const paragraphs = statement(
    db,
    'SELECT id, record_id, label, ordinal, text FROM paragraphs WHERE record_id = ? ORDER BY ordinal',
  ).all(id) as { id: string; record_id: string; label: string; ordinal: number; text: string }[];
  const used = statement(db, 'SELECT DISTINCT paragraph_id FROM points WHERE record_id = ? AND paragraph_id IS NOT NULL').all(
    id,
  ) as { paragraph_id: string }[];
  const parsed: Participant[] = (JSON.parse(row.participants_json) as Participant[]).map((p) => ({
    ...p,
    key: p.key ?? participantKey(p.name),
  }));
  const detail = applyCorrections(
    { ...toSummary(row, settledFields(db, id).get(id)), participants: parsed },
    correctionsOf(db, id),
  );
  return {
    ...detail,
    evidence: JSON.parse(row.evidence_json) as RecordEvidence,
    confirmations: confirmationsOf(db, id),
    participants: detail.participants ?? [],
    dateNotes: JSON.parse(row.date_notes_json) as DateNote[],
    paragraphs: paragraphs.map(
      (p): Paragraph => ({ id: p.id, recordId: p.record_id, label: p.label, ordinal: p.ordinal, text: p.text }),
    ),
    usedParagraphIds: used.map((u) => u.paragraph_id),
  };
}

export function getParagraph(db: Db, recordId: string, paragraphId: string): Paragraph {
  const p = db
    .prepare('SELECT id, record_id, label, ordinal, text FROM paragraphs WHERE id = ? AND record_id = ?')
    .get(paragraphId, recordId) as { id: string; record_id: string; label: string; ordinal: number; text: string } | undefined;
  if (!p) fail('NOT_FOUND', `The record ${recordId} has no paragraph ${paragraphId}.`);
  return { id: p.id, recordId: p.record_id, label: p.label, ordinal: p.ordinal, text: p.text };
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

/**
 * Stores a parsed record with its paragraphs and index entries in one transaction. What can be
 * worked out without the library (hashes, folded text) is worked out before the write lock is
 * taken; the duplicate checks run inside it, so two importers of the same file store it once.
 */
export function storeRecord(
  db: Db,
  parsed: ParsedRecord,
  sourceName: string | null,
): { record: RecordSummary; duplicate: boolean } {
  const hash = contentHash(parsed);
  // The same record in another format: same letters and digits, or nearly the same words.
  const fp = fingerprint(parsed.paragraphs.map((p) => p.text));
  const id = `r${hash.slice(0, 10)}`;
  const now = new Date().toISOString();
  const seen = new Set<string>();
  const paragraphs = parsed.paragraphs.map((p, ordinal): Paragraph => {
    // Labels are the record's own; repeat labels (a record numbering twice) still need distinct ids.
    let key = p.label;
    for (let n = 2; seen.has(key); n++) key = `${p.label}~${n}`;
    seen.add(key);
    return { id: `${id}:${key}`, recordId: id, label: p.label, ordinal, text: p.text.normalize('NFC') };
  });
  const folded = paragraphs.map((p) => foldForIndex(p.text));
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
  const duplicate = (): string | null =>
    (statement(db, 'SELECT id FROM records WHERE content_hash = ?').get(hash) as { id: string } | undefined)?.id ??
    findDuplicate(db, fp);
  // A record already here costs no more than the look-up (asked again under the lock, which decides).
  const known = duplicate();
  if (known) return { record: findRecordSummary(db, known) as RecordSummary, duplicate: true };
  // Topic matching (which builds and compiles the matcher on a connection's first record) and the
  // names found in the text are worked out here, not while the lock is held.
  const plan = planIndex(db, stored);
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
    indexRecord(db, stored, indexRows, plan);
    return null;
  });
  if (duplicateOf) return { record: findRecordSummary(db, duplicateOf) as RecordSummary, duplicate: true };
  return { record: findRecordSummary(db, id) as RecordSummary, duplicate: false };
}
