// Lookups that keep search, the ledger and its linking fast however large the library grows.
// - commitment_words: each commitment's content words (folded), keyed by the commitment's rowid, so a
//   new commitment finds the earlier ones sharing its most specific words by an index seek instead
//   of a full-text query whose cost grows with the library. Filled by the library code (the words
//   are folded in JavaScript): migration 011 fills it for the commitments already stored (and clears
//   'commitment_words_pending', the flag releases before it checked).
// - ledger_counterparts: every commitment under each country of its record, newest first, so one
//   counterpart's ledger is read from the top of an index and never sorted whole.
// - paragraph_index_records: the record (and its date) of each full-text index row, by the row's rowid, so a
//   filtered search checks a hit's record by an integer key instead of reading the index's
//   stored paragraph id (which costs more than the match itself). Written on import.
// The commitment lookups follow the commitments table through a trigger (a record deleted or
// indexed again).
export const sql = `
CREATE TABLE commitment_words (
  word TEXT NOT NULL,
  k INTEGER NOT NULL,
  PRIMARY KEY (word, k)
) WITHOUT ROWID;
CREATE INDEX commitment_words_by_k ON commitment_words(k);

CREATE TABLE ledger_counterparts (
  country TEXT NOT NULL,
  date TEXT NOT NULL,
  k INTEGER NOT NULL,
  PRIMARY KEY (country, date, k)
) WITHOUT ROWID;
CREATE INDEX ledger_counterparts_by_k ON ledger_counterparts(k);
INSERT OR IGNORE INTO ledger_counterparts (country, date, k)
  SELECT rc.country, coalesce(c.date, ''), c.rowid FROM commitments c JOIN record_countries rc ON rc.record_id = c.record_id;

CREATE TABLE paragraph_index_records (k INTEGER PRIMARY KEY, record_id TEXT NOT NULL, date TEXT);
INSERT INTO paragraph_index_records (k, record_id)
  SELECT rowid, substr(paragraph_id, 1, instr(paragraph_id, ':') - 1) FROM paragraph_index;
CREATE INDEX paragraph_index_records_by_record ON paragraph_index_records(record_id);
UPDATE paragraph_index_records SET date = (SELECT s.date FROM record_sides s WHERE s.record_id = paragraph_index_records.record_id);

-- The publisher facet reads the records of one publisher.
CREATE INDEX records_by_publisher ON records(publisher);

CREATE INDEX commitments_by_date ON commitments(coalesce(date, ''));

CREATE TRIGGER commitments_lookups_gone AFTER DELETE ON commitments BEGIN
  DELETE FROM commitment_words WHERE k = old.rowid;
  DELETE FROM ledger_counterparts WHERE k = old.rowid;
END;

-- The full-text index of commitments is no longer read; its entries are dropped to save space.
DELETE FROM commitment_index;

INSERT OR REPLACE INTO meta (key, value) VALUES ('commitment_words_pending', '1');
`;
