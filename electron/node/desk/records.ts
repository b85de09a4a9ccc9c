// The desk's shared library: every record any officer imported, by content hash, with its
// corrections, in one document ('desk:library'). A record reaches each laptop once (the hash is
// the record's identity, and the library already recognises the same text in another format), and
// a correction made on one laptop reaches the others: the latest correction of a field wins.
import * as Y from 'yjs';
import type { CorrectableField } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { type CorrectionValue, correctField, correctionsOf } from '../library/corrections.ts';
import type { ParsedRecord } from '../library/parse/types.ts';
import { getRecord, readFields } from '../library/records.ts';
import { storeRecord } from '../library/store-record.ts';

type SharedRecord = Omit<ParsedRecord, 'evidence' | 'titleDerived'> & { sourceName: string | null };
type SharedCorrection = { value: CorrectionValue; correctedAt: string };

const recordsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('records');

function sharedRecord(db: Db, recordId: string): SharedRecord {
  const r = getRecord(db, recordId);
  const row = statement(db, 'SELECT source_text, source_hints_json FROM records WHERE id = ?').get(recordId) as {
    source_text: string | null;
    source_hints_json: string | null;
  };
  return {
    ...readFields(r),
    dateNotes: r.dateNotes,
    paragraphs: r.paragraphs.map((p) => ({ label: p.label, text: p.text })),
    sourceName: r.sourceName,
    ...(row.source_text ? { source: { text: row.source_text, hints: JSON.parse(row.source_hints_json ?? '{}') } } : {}),
  };
}

/**
 * Puts into the shared library the records this laptop has that it lacks, and the corrections made
 * here since they were last shared. Call inside `editDoc`.
 */
export function shareRecords(db: Db, doc: Y.Doc): void {
  const shared = recordsOf(doc);
  const rows = statement(
    db,
    `SELECT r.id, r.content_hash, d.hash FROM records r LEFT JOIN desk_records d ON d.record_id = r.id ORDER BY r.imported_at, r.id`,
  ).all() as { id: string; content_hash: string; hash: string | null }[];
  const link = statement(db, 'INSERT OR IGNORE INTO desk_records (hash, record_id) VALUES (?, ?)');
  for (const row of rows) {
    const hash = row.hash ?? row.content_hash;
    let entry = shared.get(hash);
    if (!entry) {
      entry = new Y.Map<unknown>();
      entry.set('record', JSON.stringify(sharedRecord(db, row.id)));
      entry.set('corrections', new Y.Map<string>());
      shared.set(hash, entry);
    }
    if (!row.hash) link.run(hash, row.id);
    const corrections = entry.get('corrections') as Y.Map<string>;
    for (const [field, mine] of correctionsOf(db, row.id)) {
      const theirs = corrections.get(field);
      const known = theirs ? (JSON.parse(theirs) as SharedCorrection) : null;
      if (!known || mine.correctedAt > known.correctedAt)
        corrections.set(field, JSON.stringify({ value: mine.value, correctedAt: mine.correctedAt }));
    }
  }
}

/** Stores the records the shared library has and this laptop lacks, and lays newer corrections over them. */
export function applyRecords(db: Db, doc: Y.Doc): { added: number; corrected: number } {
  let added = 0;
  let corrected = 0;
  const local = statement(db, 'SELECT record_id FROM desk_records WHERE hash = ?');
  const link = statement(db, 'INSERT OR REPLACE INTO desk_records (hash, record_id) VALUES (?, ?)');
  const exists = statement(db, 'SELECT 1 FROM records WHERE id = ?');
  const stamp = statement(db, 'UPDATE record_corrections SET corrected_at = ? WHERE record_id = ? AND field = ?');
  for (const [hash, entry] of recordsOf(doc)) {
    let recordId = (local.get(hash) as { record_id: string } | undefined)?.record_id;
    if (!recordId || !exists.get(recordId)) {
      const r = JSON.parse(String(entry.get('record'))) as SharedRecord;
      const { sourceName, ...parsed } = r;
      const stored = storeRecord(db, { ...parsed, titleDerived: false, evidence: {} }, sourceName);
      recordId = stored.record.id;
      link.run(hash, recordId);
      if (!stored.duplicate) added++;
    }
    const id = recordId;
    const mine = correctionsOf(db, id);
    for (const [field, json] of entry.get('corrections') as Y.Map<string>) {
      const theirs = JSON.parse(json) as SharedCorrection;
      const have = mine.get(field as CorrectableField);
      if (have && have.correctedAt >= theirs.correctedAt) continue;
      transaction(db, () => {
        correctField(db, id, field as CorrectableField, theirs.value);
        // The correction keeps its author's time, so it is not taken for a newer one made here.
        stamp.run(theirs.correctedAt, id, field);
      });
      corrected++;
    }
  }
  return { added, corrected };
}
