// The paragraph id of each full-text index row, beside its record and date, so a search that groups
// thousands of matches by record reads each match's paragraph from this narrow table by rowid
// instead of from the index's stored text (about ten times slower). Written on import; back-filled
// here from the index.
export const sql = `
ALTER TABLE paragraph_index_records ADD COLUMN paragraph_id TEXT;
UPDATE paragraph_index_records SET paragraph_id = (SELECT paragraph_id FROM paragraph_index WHERE rowid = paragraph_index_records.k);
`;
