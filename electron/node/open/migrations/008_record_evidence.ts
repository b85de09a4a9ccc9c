// What the parser's evidence leaves behind for each record, so the library can say "Check":
// - records.evidence_json: each field's chosen value, confidence, reason and candidates.
// - records.check_fields: the fields the parser was unsure of, comma-separated (',title,meetingDate,'),
//   so the "Needs review" filter is one LIKE on the row, not a JSON parse per record.
// - records.source_text / source_hints_json: the text the parser read and what the file said about
//   itself, so a record can be read again by a better parser; corrections stay on top of it.
// - record_confirmations: fields a person confirmed as read; a confirmed field is no longer Check.
// Records stored before this have no evidence: nothing is marked Check for them (nothing to back-fill
// but the defaults).
export const sql = `
ALTER TABLE records ADD COLUMN evidence_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE records ADD COLUMN check_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN source_text TEXT;
ALTER TABLE records ADD COLUMN source_hints_json TEXT;
CREATE TABLE record_confirmations (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  confirmed_at TEXT NOT NULL,
  PRIMARY KEY (record_id, field)
);
`;
