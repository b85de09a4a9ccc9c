import { fail } from '../../shared/errors.ts';
import type { DateNote, Paragraph, Participant, RecordDetail, RecordEvidence, RecordSummary } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { applyCorrections, correctionsOf } from './corrections.ts';
import { participantKey } from './parse/participants.ts';
import { checkFieldsOf, confirmationsOf, NOTHING, settledFields } from './review.ts';

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

/** What the parser read of a record (corrections applied), as a copy of it carries it: a .briefbook, the desk. */
export function readFields(
  r: RecordDetail,
): Pick<RecordDetail, 'title' | 'publisher' | 'publishedAt' | 'meetingDate' | 'place' | 'language' | 'participants'> {
  const { title, publisher, publishedAt, meetingDate, place, language, participants } = r;
  return { title, publisher, publishedAt, meetingDate, place, language, participants };
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
