// A desk officer's corrections to a record's extracted details. The parsed values stay in the
// records row as the parser read them; a correction is laid over them when the record is read,
// so the Reader can show "corrected" with the original, and reverting brings the original back.

import { fail } from '../../shared/errors.ts';
import type { CorrectableField, Participant, RecordCorrection, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { participantKey } from './parse/participants.ts';
import { recordChanged } from './record-events.ts';

const COLUMN: Record<CorrectableField, string> = {
  title: 'title',
  publisher: 'publisher',
  publishedAt: 'published_at',
  meetingDate: 'meeting_date',
  place: 'place',
  language: 'language',
  participants: 'participants_json',
};

export type CorrectionValue = string | null | Participant[];

type Row = { field: CorrectableField; value_json: string; corrected_at: string };

function requireRecord(db: Db, recordId: string): Record<string, unknown> {
  const row = db.prepare('SELECT * FROM records WHERE id = ?').get(recordId) as Record<string, unknown> | undefined;
  if (!row) fail('NOT_FOUND', `There is no record with id ${recordId} in the library.`);
  return row;
}

/** Participants as the user typed them: trimmed, empty ones dropped, each with its matching key. */
function cleanParticipants(list: Participant[]): Participant[] {
  return list
    .map((p) => ({
      name: p.name?.trim() || null,
      role: p.role?.trim() || null,
      country: p.country?.trim() || null,
      aliases: p.aliases ?? [],
      key: participantKey(p.name?.trim() || null),
    }))
    .filter((p) => p.name !== null || p.role !== null);
}

/** Stores a correction of one field; a value equal to the parsed one removes the correction instead. */
export function correctField(db: Db, recordId: string, field: CorrectableField, value: CorrectionValue): void {
  const row = requireRecord(db, recordId);
  if (field === 'title' && (typeof value !== 'string' || value.trim() === '')) {
    fail('BAD_INPUT', 'A record needs a title: type one, or revert to the title Briefbook read.');
  }
  if (field === 'language' && (typeof value !== 'string' || value.trim() === '')) {
    fail('BAD_INPUT', 'Choose the language the record is written in.');
  }
  const normalised =
    field === 'participants'
      ? cleanParticipants(value as Participant[])
      : typeof value === 'string'
        ? value.trim() || null
        : null;
  const original = row[COLUMN[field]];
  const originalValue =
    field === 'participants' ? cleanParticipants(JSON.parse(String(original)) as Participant[]) : (original ?? null);
  transaction(db, () => {
    if (JSON.stringify(originalValue) === JSON.stringify(normalised)) {
      db.prepare('DELETE FROM record_corrections WHERE record_id = ? AND field = ?').run(recordId, field);
      recordChanged(db, recordId);
      return;
    }
    db.prepare(
      `INSERT INTO record_corrections (record_id, field, value_json, corrected_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (record_id, field) DO UPDATE SET value_json = excluded.value_json, corrected_at = excluded.corrected_at`,
    ).run(recordId, field, JSON.stringify(normalised), new Date().toISOString());
    // A corrected date, publisher or participant list moves the record in search, topics and the ledger.
    recordChanged(db, recordId);
  });
}

/** Removes a correction: the field shows what Briefbook read again. Reverting an uncorrected field is harmless. */
export function revertCorrection(db: Db, recordId: string, field: CorrectableField): void {
  requireRecord(db, recordId);
  transaction(db, () => {
    db.prepare('DELETE FROM record_corrections WHERE record_id = ? AND field = ?').run(recordId, field);
    recordChanged(db, recordId);
  });
}

/** The corrections of one record: field → corrected value and when. */
export function correctionsOf(db: Db, recordId: string): Map<CorrectableField, { value: CorrectionValue; correctedAt: string }> {
  const rows = statement(db, 'SELECT field, value_json, corrected_at FROM record_corrections WHERE record_id = ?').all(
    recordId,
  ) as Row[];
  return new Map(rows.map((r) => [r.field, { value: JSON.parse(r.value_json) as CorrectionValue, correctedAt: r.corrected_at }]));
}

/**
 * Lays corrections over a record as read from its row: the corrected value in each field, and
 * for each corrected field the original the parser read (a string, or the participants' JSON).
 */
export function applyCorrections<
  T extends Omit<Pick<RecordDetail, CorrectableField>, 'participants'> & { participants?: Participant[] },
>(
  record: T,
  corrections: Map<CorrectableField, { value: CorrectionValue; correctedAt: string }>,
): T & { corrections: RecordCorrection[] } {
  const out = { ...record } as T & { corrections: RecordCorrection[] };
  const list: RecordCorrection[] = [];
  for (const [field, c] of corrections) {
    const before = (record as Record<string, unknown>)[field];
    list.push({
      field,
      original: field === 'participants' ? JSON.stringify(before ?? []) : ((before as string | null) ?? null),
      correctedAt: c.correctedAt,
    });
    (out as Record<string, unknown>)[field] = c.value;
  }
  out.corrections = list.sort((a, b) => a.field.localeCompare(b.field));
  return out;
}
