// "Check": the fields of a record the parser was unsure of, until a person confirms or corrects
// them. The parser's verdict is stored with the record (check_fields); what people settled
// (corrections, confirmations) is laid over it when the record is read.

import { fail } from '../../shared/errors.ts';
import type { CorrectableField } from '../../shared/types.ts';
import { CORRECTABLE_FIELDS } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import type { ParsedRecord } from './parse/types.ts';

export const NOTHING: ReadonlySet<string> = new Set();

/** The check_fields column for a parsed record: ",title,meetingDate," or ''. */
export function checkColumn(parsed: Pick<ParsedRecord, 'evidence' | 'participants'>): string {
  const fields: CorrectableField[] = [];
  for (const f of CORRECTABLE_FIELDS) {
    if (f === 'participants') {
      if (parsed.participants.some((p) => p.check)) fields.push(f);
    } else if (parsed.evidence[f]?.check) fields.push(f);
  }
  return fields.length ? `,${fields.join(',')},` : '';
}

export function checkFieldsOf(column: string, settled: ReadonlySet<string> = NOTHING): CorrectableField[] {
  return column
    .split(',')
    .filter((f): f is CorrectableField => (CORRECTABLE_FIELDS as readonly string[]).includes(f) && !settled.has(f));
}

/** Per record, the fields a person corrected or confirmed (one record, or all). */
export function settledFields(db: Db, recordId?: string): Map<string, Set<string>> {
  const where = recordId ? 'WHERE record_id = ?' : '';
  const rows = statement(
    db,
    `SELECT record_id, field FROM record_corrections ${where} UNION SELECT record_id, field FROM record_confirmations ${where}`,
  ).all(...(recordId ? [recordId, recordId] : [])) as { record_id: string; field: string }[];
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = out.get(r.record_id) ?? new Set<string>();
    set.add(r.field);
    out.set(r.record_id, set);
  }
  return out;
}

export function confirmationsOf(db: Db, recordId: string): { field: CorrectableField; confirmedAt: string }[] {
  return (
    statement(db, 'SELECT field, confirmed_at FROM record_confirmations WHERE record_id = ? ORDER BY field').all(recordId) as {
      field: CorrectableField;
      confirmed_at: string;
    }[]
  ).map((r) => ({ field: r.field, confirmedAt: r.confirmed_at }));
}

/** A person says a field reads right: it is no longer Check. Confirming again is harmless. */
export function confirmField(db: Db, recordId: string, field: CorrectableField): void {
  if (!db.prepare('SELECT 1 FROM records WHERE id = ?').get(recordId)) {
    fail('NOT_FOUND', `There is no record with id ${recordId} in the library.`);
  }
  db.prepare(
    `INSERT INTO record_confirmations (record_id, field, confirmed_at) VALUES (?, ?, ?)
     ON CONFLICT (record_id, field) DO UPDATE SET confirmed_at = excluded.confirmed_at`,
  ).run(recordId, field, new Date().toISOString());
}
